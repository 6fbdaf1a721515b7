package dev.limber.session;

/** A breathing pattern paced during holds and rests, in whole seconds. */
public record Breathing(int inhale, int hold, int exhale) {
  public Breathing {
    Limits.check(inhale, 1, Limits.BREATH_MAX, "inhale");
    Limits.check(hold, 0, Limits.BREATH_MAX, "hold");
    Limits.check(exhale, 1, Limits.BREATH_MAX, "exhale");
  }

  /** Seconds of one whole breath. */
  public int cycleSeconds() {
    return inhale + hold + exhale;
  }
}
