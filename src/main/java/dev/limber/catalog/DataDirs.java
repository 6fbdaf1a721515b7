package dev.limber.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the user's data lives: XDG base directories, or everything under {@code LIMBER_HOME} (for
 * tests and home devices). Every folder is absolute: an empty or relative {@code HOME} or XDG
 * variable never makes Limber write into the current folder.
 */
public record DataDirs(Path sessions, Path history, Path cache) {

  /**
   * Reads the folders from environment variables; relative XDG values are ignored, as the spec
   * says.
   *
   * @throws CatalogException BAD_SETUP when {@code LIMBER_HOME} is not a folder, no absolute home
   *     folder is known, or a data folder lies inside the sessions folder
   */
  public static DataDirs from(Map<String, String> env) {
    String limberHome = env.get("LIMBER_HOME");
    if (limberHome != null && !limberHome.isBlank()) {
      Path home = Path.of(limberHome).toAbsolutePath();
      if (Files.exists(home) && !Files.isDirectory(home)) {
        throw new CatalogException(
            CatalogException.Kind.BAD_SETUP,
            "LIMBER_HOME=" + Shown.path(home) + " is a file, not a folder");
      }
      return new DataDirs(
              home.resolve("sessions"), home.resolve("history.db"), home.resolve("cache"))
          .checked();
    }
    Path userHome = home(env);
    Path config = xdg(env, "XDG_CONFIG_HOME", userHome.resolve(".config"));
    Path data = xdg(env, "XDG_DATA_HOME", userHome.resolve(".local/share"));
    Path cache = xdg(env, "XDG_CACHE_HOME", userHome.resolve(".cache"));
    return new DataDirs(
            config.resolve("limber/sessions"),
            data.resolve("limber/history.db"),
            cache.resolve("limber"))
        .checked();
  }

  /**
   * Refuses a data folder inside {@code sessionsFolder}, where Limber's own files would mix with
   * the sessions it lists.
   */
  public DataDirs outside(Path sessionsFolder) {
    Path folder = sessionsFolder.toAbsolutePath().normalize();
    refuseInside(cache, "cache folder", folder);
    refuseInside(history.getParent(), "data folder", folder);
    return this;
  }

  private DataDirs checked() {
    return outside(sessions);
  }

  private static void refuseInside(Path data, String what, Path sessionsFolder) {
    if (data.normalize().startsWith(sessionsFolder)) {
      throw new CatalogException(
          CatalogException.Kind.BAD_SETUP,
          "the "
              + what
              + " "
              + Shown.path(data)
              + " is inside the sessions folder "
              + Shown.path(sessionsFolder)
              + "; set LIMBER_HOME or the XDG folders elsewhere");
    }
  }

  /** {@code HOME} if absolute, else the home folder of the user as the system knows it. */
  private static Path home(Map<String, String> env) {
    for (String candidate : new String[] {env.get("HOME"), System.getProperty("user.home")}) {
      if (candidate != null && !candidate.isEmpty() && Path.of(candidate).isAbsolute()) {
        return Path.of(candidate);
      }
    }
    throw new CatalogException(
        CatalogException.Kind.BAD_SETUP,
        "no home folder is known (HOME is empty or relative); set HOME or LIMBER_HOME");
  }

  /**
   * The remote's token, beside the user's session folder: {@code
   * $XDG_CONFIG_HOME/limber/remote-token}, or {@code $LIMBER_HOME/remote-token}.
   */
  public Path remoteToken() {
    return sessions.getParent().resolve("remote-token");
  }

  /** The settings chosen while playing: {@code config.json} beside the user's session folder. */
  public Path config() {
    return sessions.resolveSibling("config.json");
  }

  private static Path xdg(Map<String, String> env, String name, Path fallback) {
    String value = env.get(name);
    return value != null && !value.isEmpty() && Path.of(value).isAbsolute()
        ? Path.of(value)
        : fallback;
  }
}
