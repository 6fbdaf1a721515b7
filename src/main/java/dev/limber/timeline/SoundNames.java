package dev.limber.timeline;

/** The bundled sounds the timeline uses, as named in the audio folder. */
public final class SoundNames {
  public static final String CHIME = "chime.wav";
  public static final String BELL = "bell.wav";
  public static final String BREATH_IN = "breath-in.wav";
  public static final String BREATH_HOLD = "breath-hold.wav";
  public static final String BREATH_OUT = "breath-out.wav";

  private SoundNames() {}
}
