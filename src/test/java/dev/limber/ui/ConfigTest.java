package dev.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.session.Count;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
  @TempDir Path folder;

  @Test
  void whatIsSavedIsLoadedBack() throws Exception {
    Path file = folder.resolve("limber/config.json");
    Config saved =
        new Config(
            Optional.of(150),
            Optional.of(0.7),
            Optional.of(Count.UP),
            Optional.of(Theme.HIGH_CONTRAST),
            Optional.of(true),
            Optional.of(false),
            Optional.of(true));
    saved.save(file);
    List<String> problems = new ArrayList<>();

    assertThat(Config.load(file, problems::add)).isEqualTo(saved);
    assertThat(problems).isEmpty();
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).as("no temporary file left").containsExactly(file);
    }
  }

  @Test
  void aMissingFileIsNoSettings() {
    assertThat(Config.load(folder.resolve("config.json"), line -> {})).isEqualTo(Config.EMPTY);
  }

  @Test
  void savingReplacesTheOldFileWhole() throws Exception {
    Path file = folder.resolve("config.json");
    Files.writeString(
        file, "{\"rate\": 120, \"volume\": 1.2, \"count\": \"down\", \"theme\": \"default\"}\n");
    Config.EMPTY.played(165, 1.0, Optional.empty(), Theme.DEFAULT).save(file);

    assertThat(Files.readString(file))
        .contains("\"rate\" : 165", "\"volume\" : 1.0")
        .doesNotContain("1.2", "down");
  }

  @Test
  void aBrokenFileIsReportedInOneLineIgnoredAndKeptAsBad() throws Exception {
    Path file = folder.resolve("config.json");
    Files.writeString(file, "{\"rate\": 135,");
    List<String> problems = new ArrayList<>();

    assertThat(Config.load(file, problems::add)).isEqualTo(Config.EMPTY);
    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith(file + ": ")
        .endsWith("; ignored, kept as config.json.bad")
        .doesNotContain("\n");
    assertThat(file).doesNotExist();
    assertThat(folder.resolve("config.json.bad")).hasContent("{\"rate\": 135,");
  }

  @Test
  void aSecondBrokenFileDoesNotOverwriteTheFirst() throws Exception {
    Path file = folder.resolve("config.json");
    Files.writeString(folder.resolve("config.json.bad"), "first");
    Files.writeString(file, "[1, 2]");
    List<String> problems = new ArrayList<>();

    Config.load(file, problems::add);

    assertThat(folder.resolve("config.json.bad")).hasContent("first");
    assertThat(folder.resolve("config.json.bad.2")).hasContent("[1, 2]");
    assertThat(problems).singleElement().asString().contains("expected a JSON object");
  }

  @Test
  void valuesOutOfRangeOrUnknownSettingsMakeTheFileBroken() {
    List<String> problems = new ArrayList<>();
    for (String text :
        List.of(
            "{\"rate\": 999}",
            "{\"volume\": \"loud\"}",
            "{\"count\": \"sideways\"}",
            "{\"theme\": \"pink\"}",
            "{\"rte\": 135}",
            "{} trailing")) {
      try {
        Path file = Files.writeString(Files.createTempFile(folder, "config", ".json"), text);
        assertThat(Config.load(file, problems::add)).as(text).isEqualTo(Config.EMPTY);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    assertThat(problems).hasSize(6);
  }
}
