package dev.limber.history;

/**
 * How far a run has got: whole seconds of the session played so far, and the step it is on (counted
 * from 1; 0 before the first step).
 */
public record RunProgress(long secondsPlayed, int stepReached) {
  public RunProgress {
    if (secondsPlayed < 0 || stepReached < 0) {
      throw new IllegalArgumentException(
          "progress cannot be negative: " + secondsPlayed + " s, step " + stepReached);
    }
  }
}
