package dev.limber.history;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A run as recorded. A run with no {@code outcome} started and never ended: it was interrupted
 * (crash, kill -9, power cut), and {@code secondsPlayed} and {@code stepReached} say how far it
 * got.
 */
public record Run(
    String id,
    String sessionId,
    String title,
    String sessionSha256,
    int steps,
    RunSettings settings,
    RunOrigin origin,
    OffsetDateTime startedAt,
    OptionalInt painBefore,
    long secondsPlayed,
    int stepReached,
    Optional<OffsetDateTime> updatedAt,
    Optional<RunOutcome> outcome,
    OptionalInt stepsCompleted,
    OptionalInt stepsSkipped,
    Optional<OffsetDateTime> endedAt,
    OptionalInt painAfter) {

  /** completed, quit, stopped, device-lost, failed, or interrupted. */
  public String outcomeWord() {
    return outcome.map(RunOutcome::word).orElse(RunOutcome.INTERRUPTED);
  }

  public boolean completed() {
    return outcome.filter(o -> o == RunOutcome.COMPLETED).isPresent();
  }
}
