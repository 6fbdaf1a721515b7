package dev.limber.ui;

import dev.limber.engine.EngineState;
import dev.limber.playback.Outcome;
import dev.limber.text.Durations;
import java.util.Optional;

/**
 * How a run ended, in one sentence: the last line of plain mode and the heading of the end screen.
 */
public final class Summary {
  private Summary() {}

  /** The sentence, or empty for a failure, which is reported as an error instead. */
  public static Optional<String> of(Outcome outcome) {
    EngineState last = outcome.last();
    String played = Durations.inWords(Math.round(outcome.secondsPlayed())) + " played";
    String skipped =
        outcome.stepsSkipped() == 0
            ? ""
            : ", " + Durations.count(outcome.stepsSkipped(), "step") + " skipped";
    return switch (outcome.ending()) {
      case COMPLETED -> Optional.of("Done: " + last.title() + ", " + played + skipped + ".");
      case QUIT, STOPPED ->
          Optional.of(
              (last.step() > 0
                      ? "Stopped at step "
                          + last.step()
                          + " of "
                          + last.steps()
                          + ", "
                          + last.stepName()
                          + ": "
                      : "Stopped: ")
                  + Durations.count(outcome.stepsCompleted(), "step")
                  + " done"
                  + skipped
                  + ", "
                  + played
                  + ".");
      case DEVICE_LOST, FAILED -> Optional.empty();
    };
  }
}
