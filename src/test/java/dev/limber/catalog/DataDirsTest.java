package dev.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirsTest {
  private static final Path HOME = Path.of(System.getProperty("user.home"));

  @Test
  void anEmptyOrRelativeHomeNeverPutsDataInTheCurrentFolder() {
    for (String home : new String[] {"", "relative/home", "."}) {
      DataDirs dirs =
          DataDirs.from(Map.of("HOME", home, "XDG_CACHE_HOME", "", "XDG_CONFIG_HOME", "cfg"));

      assertThat(dirs.cache())
          .as("HOME=%s", home)
          .isAbsolute()
          .isEqualTo(HOME.resolve(".cache/limber"));
      assertThat(dirs.sessions()).isEqualTo(HOME.resolve(".config/limber/sessions"));
      assertThat(dirs.history()).isAbsolute();
    }
  }

  @Test
  void absoluteXdgFoldersAreUsed() {
    DataDirs dirs =
        DataDirs.from(
            Map.of(
                "HOME",
                "/h",
                "XDG_CACHE_HOME",
                "/c",
                "XDG_CONFIG_HOME",
                "/cfg",
                "XDG_DATA_HOME",
                "/d"));

    assertThat(dirs)
        .isEqualTo(
            new DataDirs(
                Path.of("/cfg/limber/sessions"),
                Path.of("/d/limber/history.db"),
                Path.of("/c/limber")));
  }
}
