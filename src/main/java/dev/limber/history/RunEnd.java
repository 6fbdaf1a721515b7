package dev.limber.history;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a run ended.
 *
 * @param secondsPlayed whole seconds of the session played in all
 * @param endedAt when it ended; stored as local time with the offset of the log's clock
 * @param painAfter a rating from 0 to 10 given after the run, if any (it may also come later,
 *     through {@link RunLog#painAfter})
 */
public record RunEnd(
    RunOutcome outcome,
    int stepsCompleted,
    int stepsSkipped,
    long secondsPlayed,
    Instant endedAt,
    OptionalInt painAfter) {

  public RunEnd {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(endedAt, "endedAt");
    Objects.requireNonNull(painAfter, "painAfter");
    if (stepsCompleted < 0 || stepsSkipped < 0 || secondsPlayed < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
    painAfter.ifPresent(Pain::check);
  }
}
