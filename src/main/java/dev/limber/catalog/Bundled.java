package dev.limber.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The sessions and sounds shipped inside the jar (copied there from {@code sessions/} and {@code
 * audio/}).
 */
public final class Bundled {
  /** Every bundled session id; a test keeps it equal to the files in {@code sessions/}. */
  public static final List<String> SESSION_IDS =
      List.of("lower-back-basics", "core-strength", "desk-break", "breathing-relax");

  public static final String DEFAULT_SESSION = "lower-back-basics";

  /**
   * Every bundled sound, as a session's {@code sound} names it; a test keeps it equal to {@code
   * audio/}.
   */
  public static final List<String> SOUNDS =
      List.of("bell.wav", "breath-hold.wav", "breath-in.wav", "breath-out.wav", "chime.wav");

  private static final String SESSIONS = "/limber/sessions/";
  private static final String AUDIO = "/limber/audio/";

  private Bundled() {}

  public static Optional<byte[]> session(String id) {
    return read(SESSIONS + id + ".json");
  }

  /** The bytes of a bundled sound, named as in a session's {@code sound} field. */
  public static Optional<byte[]> sound(String name) {
    if (name.contains("..") || name.startsWith("/")) {
      return Optional.empty();
    }
    return read(AUDIO + name);
  }

  public static Optional<byte[]> schema() {
    return read("/limber/session.schema.json");
  }

  private static Optional<byte[]> read(String resource) {
    try (InputStream in = Bundled.class.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
