package dev.limber.playback;

import dev.limber.engine.EngineState;
import dev.limber.timeline.Timeline;
import java.time.Instant;
import java.util.Optional;

/**
 * How a run ended, as data: for the completion log, the end screen and the exit status.
 *
 * @param ending why it ended
 * @param last the state when it ended
 * @param started when it started
 * @param framesPlayed frames of the session played: not pauses, not answers to keys, not what was
 *     skipped
 * @param failure what went wrong, for {@link Ending#DEVICE_LOST} and {@link Ending#FAILED}
 */
public record Outcome(
    Ending ending,
    EngineState last,
    Instant started,
    long framesPlayed,
    Optional<Exception> failure) {

  /** Why a run ended. */
  public enum Ending {
    /** Played to the end (steps may have been skipped on the way). */
    COMPLETED,
    /** The user quit, with a key or a command. */
    QUIT,
    /** A signal stopped it: Ctrl-C, SIGTERM, SIGHUP. */
    STOPPED,
    /** The sound card failed mid-session, and the run needed sound. */
    DEVICE_LOST,
    /** Anything else went wrong, such as the speech engine. */
    FAILED
  }

  public double secondsPlayed() {
    return (double) framesPlayed / Timeline.SAMPLE_RATE;
  }

  public int stepsCompleted() {
    return last.stepsCompleted();
  }

  public int stepsSkipped() {
    return last.stepsSkipped();
  }
}
