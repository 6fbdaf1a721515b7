package dev.limber.history;

import java.time.OffsetDateTime;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A run as it starts: written as a row before the first step.
 *
 * @param runId a random UUID, from {@link #newId()}
 * @param sessionSha256 the SHA-256 of the session file's bytes, 64 lower-case hex digits
 * @param steps how many steps the session has
 * @param startedAt local time with the local offset
 * @param painBefore a rating from 0 to 10 given before the run, if any
 */
public record RunStart(
    String runId,
    String sessionId,
    String title,
    String sessionSha256,
    int steps,
    RunSettings settings,
    OffsetDateTime startedAt,
    RunOrigin origin,
    OptionalInt painBefore) {

  public RunStart {
    if (runId == null || runId.isBlank() || sessionId == null || sessionId.isBlank() || title == null) {
      throw new IllegalArgumentException("a run needs an id, a session id and a title");
    }
    if (sessionSha256 == null || !sessionSha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sessionSha256 must be 64 lower-case hex digits, found " + sessionSha256);
    }
    if (steps < 0 || settings == null || startedAt == null || origin == null || painBefore == null) {
      throw new IllegalArgumentException("a run needs steps, settings, a start time, an origin and painBefore (maybe empty)");
    }
    painBefore.ifPresent(Pain::check);
  }

  /** A new random run id. */
  public static String newId() {
    return UUID.randomUUID().toString();
  }
}
