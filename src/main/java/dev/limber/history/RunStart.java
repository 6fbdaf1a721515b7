package dev.limber.history;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A run as it starts: written as a row before the first step.
 *
 * @param runId a random UUID, from {@link #newId()}
 * @param sessionSha256 the SHA-256 of the session file's bytes, 64 lower-case hex digits
 * @param steps how many steps the session has
 * @param startedAt when it started; it is stored as local time with the offset of the log's clock
 *     (the system's time zone), so making one never loads the time-zone rules on the caller's
 *     thread
 * @param painBefore a rating from 0 to 10 given before the run, if any
 */
public record RunStart(
    String runId,
    String sessionId,
    String title,
    String sessionSha256,
    int steps,
    RunSettings settings,
    Instant startedAt,
    RunOrigin origin,
    OptionalInt painBefore) {

  public RunStart {
    if (runId == null
        || runId.isBlank()
        || sessionId == null
        || sessionId.isBlank()
        || title == null) {
      throw new IllegalArgumentException("a run needs an id, a session id and a title");
    }
    if (sessionSha256 == null || !sessionSha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          "sessionSha256 must be 64 lower-case hex digits, found " + sessionSha256);
    }
    if (steps < 0
        || settings == null
        || startedAt == null
        || origin == null
        || painBefore == null) {
      throw new IllegalArgumentException(
          "a run needs steps, settings, a start time, an origin and painBefore (maybe empty)");
    }
    painBefore.ifPresent(Pain::check);
  }

  /**
   * The SHA-256 of a session file's bytes, as {@code sessionSha256} wants it. The first call loads
   * the JDK's security providers (some milliseconds): not on the audio thread, not before the first
   * sound.
   */
  public static String sha256(byte[] sessionFile) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sessionFile));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * A new random run id, a version 4 UUID. Its 122 random bits come from {@link ThreadLocalRandom}:
   * {@link UUID#randomUUID()} would first seed a {@code SecureRandom}, about 20 ms on the caller's
   * thread, for an id that needs to be unique, not secret.
   */
  public static String newId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = random.nextLong() & ~0xf000L | 0x4000L; // version 4
    long low = random.nextLong() & ~(0xcL << 60) | 0x8L << 60; // IETF variant
    return new UUID(high, low).toString();
  }
}
