package dev.limber.timeline;

import dev.limber.session.Ambient;
import dev.limber.session.Count;
import java.util.Optional;

/**
 * Choices that change the timeline: the speech rate (clip lengths depend on it), a counting mode
 * that overrides every step's, whether breathing is paced at all, and an ambient bed that overrides
 * the session's ({@link Ambient#NONE} for none).
 */
public record TimelineSettings(
    int rate, Optional<Count> count, boolean breathing, Optional<Ambient> ambient) {
  /** The default speech rate in words a minute, as a listener counts them: calm. */
  public static final int CALM_RATE = 135;

  public static final int SLOWEST_RATE = 80;
  public static final int FASTEST_RATE = 250;
  public static final TimelineSettings DEFAULT =
      new TimelineSettings(CALM_RATE, Optional.empty(), true);

  /** The session's own ambient bed. */
  public TimelineSettings(int rate, Optional<Count> count, boolean breathing) {
    this(rate, count, breathing, Optional.empty());
  }

  /** The same choices at another speech rate. */
  public TimelineSettings withRate(int newRate) {
    return new TimelineSettings(newRate, count, breathing, ambient);
  }

  /**
   * The rate of names (the title, a step's name, "Next: ..."): near the voice's own speed for a
   * short phrase, which still measures slower than running speech (about 109 words a minute at the
   * default), since FreeTTS stretched as slowly as sentences makes short phrases the least
   * intelligible. A recognizer's word error rate on names (scripts/wer.py): 1.02 at +0, 0.83 at
   * +30, 0.63 at +55 and 0.90 at +80 with FreeTTS's own durations; with flite's (the voice now),
   * names / previews 0.77 / 0.45 at +55, 0.44 / 0.42 at +68 and 0.48 / 0.55 at +80 (five noise
   * floors each).
   */
  public int nameRate() {
    return Math.min(FASTEST_RATE, rate + 68);
  }

  /** The rate a counted number falls back to when it does not fit its second at the normal rate. */
  public int quickRate() {
    return Math.min(FASTEST_RATE, Math.max(rate + 50, 190));
  }
}
