package dev.limber.history;

/**
 * Says when progress is worth writing: at every change of step, and every 15 seconds of play in
 * between. A player may ask it as often as it likes (every block of audio). Not thread-safe.
 */
public final class ProgressPacer {
  /** Seconds of play between two writes within one step. */
  public static final long EVERY_SECONDS = 15;

  private int step = -1;
  private long seconds;

  /** True when {@code now} should go to {@link RunLog#progress}; then it counts as written. */
  public boolean due(RunProgress now) {
    if (now.stepReached() == step && Math.abs(now.secondsPlayed() - seconds) < EVERY_SECONDS) {
      return false;
    }
    step = now.stepReached();
    seconds = now.secondsPlayed();
    return true;
  }
}
