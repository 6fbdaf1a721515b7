package dev.limber.timeline;

import dev.limber.session.Ambient;
import dev.limber.session.Count;
import java.util.Optional;

/**
 * Choices that change the timeline: the speech rate (clip lengths depend on it), a counting mode
 * that overrides every step's, whether breathing is paced at all, and an ambient bed that
 * overrides the session's ({@link Ambient#NONE} for none).
 */
public record TimelineSettings(int rate, Optional<Count> count, boolean breathing, Optional<Ambient> ambient) {
  public static final TimelineSettings DEFAULT = new TimelineSettings(135, Optional.empty(), true);

  /** The session's own ambient bed. */
  public TimelineSettings(int rate, Optional<Count> count, boolean breathing) {
    this(rate, count, breathing, Optional.empty());
  }

  /** The same choices at another speech rate. */
  public TimelineSettings withRate(int newRate) {
    return new TimelineSettings(newRate, count, breathing, ambient);
  }

  /**
   * The rate of names (the title, a step's name, "Next: ..."): a little quicker than running
   * speech, since short phrases stretched as slowly as sentences came out the least intelligible
   * (a recognizer's word error rate fell from about 1.0 to 0.5 at +30, scripts/wer.py).
   */
  public int nameRate() {
    return Math.min(250, rate + 30);
  }

  /** The rate a counted number falls back to when it does not fit its second at the normal rate. */
  public int quickRate() {
    return Math.min(250, Math.max(rate + 50, 190));
  }
}
