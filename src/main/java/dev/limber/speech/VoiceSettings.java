package dev.limber.speech;

/**
 * How the voice speaks. Rate and pitch change the synthesized audio (and so are part of the clip
 * cache key); volume is a gain applied when mixing, so changing it never re-synthesizes.
 *
 * @param rate words a minute, 80 to 250; 135 is calm
 * @param pitch baseline pitch in hertz, 50 to 200
 * @param volume gain from 0 to 1.5 (1 is unchanged)
 */
public record VoiceSettings(int rate, int pitch, double volume) {
  public static final int CALM_RATE = 135;
  public static final int SLOWEST_RATE = 80;
  public static final int FASTEST_RATE = 250;
  public static final int DEFAULT_PITCH = 100;
  public static final VoiceSettings DEFAULT = new VoiceSettings(CALM_RATE, DEFAULT_PITCH, 1.0);

  public VoiceSettings {
    if (rate < SLOWEST_RATE || rate > FASTEST_RATE) {
      throw new IllegalArgumentException("speech rate must be from " + SLOWEST_RATE + " to " + FASTEST_RATE + " words a minute, found " + rate);
    }
    if (pitch < 50 || pitch > 200) {
      throw new IllegalArgumentException("pitch must be from 50 to 200 Hz, found " + pitch);
    }
    if (!(volume >= 0 && volume <= 1.5)) {
      throw new IllegalArgumentException("volume must be from 0 to 1.5, found " + volume);
    }
  }

  public VoiceSettings withRate(int newRate) {
    return new VoiceSettings(newRate, pitch, volume);
  }
}
