package dev.limber.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The history package stands on its own, below the faces and the player; and SQLite is touched
 * only through it, so no other code path (play's start-up above all) loads the driver.
 */
class HistoryArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/dev/limber");

  private static List<Path> sources(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList();
    }
  }

  @Test
  void historyDependsOnNoOtherLimberPackageAndNotOnPicocli() throws IOException {
    List<Path> files = sources(MAIN.resolve("history"));
    assertThat(files).hasSizeGreaterThan(10);
    for (Path file : files) {
      assertThat(Files.readString(file)).as(file.toString())
          .doesNotContainPattern("import (static )?dev\\.limber\\.(?!history\\.)")
          .doesNotContain("picocli");
    }
  }

  @Test
  void onlyHistoryTouchesSqlite() throws IOException {
    for (Path file : sources(MAIN)) {
      if (!file.startsWith(MAIN.resolve("history"))) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("org.sqlite").doesNotContain("jdbc:sqlite").doesNotContain("import java.sql");
      }
    }
  }
}
