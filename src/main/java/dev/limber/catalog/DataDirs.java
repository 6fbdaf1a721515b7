package dev.limber.catalog;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the user's data lives: XDG base directories, or everything under {@code LIMBER_HOME}
 * (for tests and home devices).
 */
public record DataDirs(Path sessions, Path history, Path cache) {

  /** Reads the folders from environment variables; relative XDG values are ignored, as the spec says. */
  public static DataDirs from(Map<String, String> env) {
    String limberHome = env.get("LIMBER_HOME");
    if (limberHome != null && !limberHome.isBlank()) {
      Path home = Path.of(limberHome).toAbsolutePath();
      return new DataDirs(home.resolve("sessions"), home.resolve("history.jsonl"), home.resolve("cache"));
    }
    Path userHome = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
    Path config = xdg(env, "XDG_CONFIG_HOME", userHome.resolve(".config"));
    Path data = xdg(env, "XDG_DATA_HOME", userHome.resolve(".local/share"));
    Path cache = xdg(env, "XDG_CACHE_HOME", userHome.resolve(".cache"));
    return new DataDirs(
        config.resolve("limber/sessions"), data.resolve("limber/history.jsonl"), cache.resolve("limber"));
  }

  /** The settings chosen while playing: {@code config.json} beside the user's session folder. */
  public Path config() {
    return sessions.resolveSibling("config.json");
  }

  private static Path xdg(Map<String, String> env, String name, Path fallback) {
    String value = env.get(name);
    return value != null && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
  }
}
