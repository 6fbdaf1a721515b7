package dev.limber.audio;

/**
 * The levels of the mix, in loudness units (BS.1770). Cues never overlap on the timeline, so each
 * kind of clip is set to its own level once, when it is made: speech at {@link #SPEECH}, tones a
 * few LU under it, the ambient bed well under it. A session's integrated loudness then depends on
 * how its words are spread (400 ms blocks around a short word are partly silent), so the engine's
 * {@code Mastering} measures each timeline and moves every clip by one gain to {@link #MASTER}.
 */
public final class Levels {
  /** Integrated loudness a rendered session aims at, in LUFS. */
  public static final double MASTER = -16;

  /** Every speech clip, in LUFS (integrated, gated, per clip). */
  public static final double SPEECH = -15;

  /** The chime that opens a step, and the closing bell: about 3 LU under speech. */
  public static final double CHIME = SPEECH - 3;

  /** The soft breathing tones: about 5 LU under speech. */
  public static final double BREATH_TONE = SPEECH - 5;

  /**
   * The highest true peak of any clip, in dBTP; the mix ceiling is -1, and the bed needs a little
   * room.
   */
  public static final double CLIP_CEILING = -1.5;

  /**
   * The ambient bed between cues, in LUFS: 20 LU under speech, audible in the pauses, and low
   * enough that the gating of BS.1770 leaves it out of a session's integrated loudness.
   */
  public static final double AMBIENT = SPEECH - 20;

  /** How far the bed steps down while anything else sounds, in dB. */
  public static final double DUCK = 18;

  private Levels() {}
}
