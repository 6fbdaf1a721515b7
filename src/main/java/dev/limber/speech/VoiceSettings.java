package dev.limber.speech;

import dev.limber.timeline.TimelineSettings;
import java.util.List;
import java.util.TreeSet;

/**
 * How the voice speaks. Rate and pitch change the synthesized audio (and so are part of the clip
 * cache key); volume is a gain applied when mixing, so changing it never re-synthesizes.
 *
 * @param rate words a minute, {@value #SLOWEST_RATE} to {@value #FASTEST_RATE}; {@value #CALM_RATE}
 *     is calm
 * @param pitch baseline pitch in hertz, 50 to 200
 * @param volume gain from 0 to {@value #MAX_VOLUME} (1 is unchanged)
 */
public record VoiceSettings(int rate, int pitch, double volume) {
  public static final int CALM_RATE = TimelineSettings.CALM_RATE;
  public static final int SLOWEST_RATE = TimelineSettings.SLOWEST_RATE;
  public static final int FASTEST_RATE = TimelineSettings.FASTEST_RATE;
  public static final int DEFAULT_PITCH = 100;
  public static final double MAX_VOLUME = 1.5;
  public static final VoiceSettings DEFAULT = new VoiceSettings(CALM_RATE, DEFAULT_PITCH, 1.0);

  public VoiceSettings {
    if (rate < SLOWEST_RATE || rate > FASTEST_RATE) {
      throw new IllegalArgumentException(
          "speech rate must be from "
              + SLOWEST_RATE
              + " to "
              + FASTEST_RATE
              + " words a minute, found "
              + rate);
    }
    if (pitch < 50 || pitch > 200) {
      throw new IllegalArgumentException("pitch must be from 50 to 200 Hz, found " + pitch);
    }
    if (!(volume >= 0 && volume <= MAX_VOLUME)) {
      throw new IllegalArgumentException(
          "volume must be from 0 to " + MAX_VOLUME + ", found " + volume);
    }
  }

  public VoiceSettings withRate(int newRate) {
    return new VoiceSettings(newRate, pitch, volume);
  }

  /** A rate moved into the range the voice can speak. */
  public static int clampRate(int rate) {
    return Math.max(SLOWEST_RATE, Math.min(FASTEST_RATE, rate));
  }

  /** A volume moved into the range from 0 to {@value #MAX_VOLUME}. */
  public static double clampVolume(double gain) {
    return Math.max(0, Math.min(MAX_VOLUME, gain));
  }

  /** A volume in percent, to the nearest ten: as the voice says it. */
  public static int volumePercent(double gain) {
    return (int) Math.round(clampVolume(gain) * 10) * 10;
  }

  /**
   * Every rate that presses of {@code step} up and down can reach from {@code rate}: steps from it,
   * and steps from either limit once a press has stopped there.
   */
  public static List<Integer> reachableRates(int rate, int step) {
    TreeSet<Integer> rates = new TreeSet<>();
    for (int start : List.of(rate, SLOWEST_RATE, FASTEST_RATE)) {
      for (int r = start - (FASTEST_RATE - SLOWEST_RATE) / step * step;
          r <= FASTEST_RATE + step;
          r += step) {
        rates.add(clampRate(r));
      }
    }
    return List.copyOf(rates);
  }
}
