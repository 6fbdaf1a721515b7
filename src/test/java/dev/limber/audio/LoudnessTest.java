package dev.limber.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LoudnessTest {
  private static short[] sine(double hz, double amplitude, double seconds, double phase) {
    short[] s = new short[(int) Pcm.frames(seconds)];
    for (int i = 0; i < s.length; i++) {
      s[i] =
          (short)
              Math.round(
                  amplitude * 32767 * Math.sin(2 * Math.PI * hz * i / Pcm.SAMPLE_RATE + phase));
    }
    return s;
  }

  @Test
  void aSineOf997HzAt20DbUnderFullScaleMeasuresMinus23Lufs() {
    // BS.1770's calibration: a 997 Hz sine at 0 dBFS peak reads -3.01 LKFS
    assertThat(Loudness.integrated(sine(997, 0.1, 5, 0))).isCloseTo(-23.01, within(0.1));
  }

  @Test
  void kWeightingCutsTheLowsAndLiftsTheHighs() {
    assertThat(Loudness.integrated(sine(50, 0.1, 5, 0))).isLessThan(-23.5);
    assertThat(Loudness.integrated(sine(4000, 0.1, 5, 0))).isGreaterThan(-21);
  }

  @Test
  void silenceIsGatedOutAndQuietPartsTenLuUnderDoNotCount() {
    short[] tone = sine(997, 0.1, 8, 0);
    short[] withSilence = new short[tone.length * 3];
    System.arraycopy(tone, 0, withSilence, tone.length, tone.length);
    assertThat(Loudness.integrated(withSilence)).isCloseTo(Loudness.integrated(tone), within(0.3));
    assertThat(Loudness.integrated(new short[16_000])).isEqualTo(Loudness.SILENT);
  }

  @Test
  void aClipShorterThanOneBlockStillHasALoudness() {
    assertThat(Loudness.integrated(sine(997, 0.1, 0.25, 0))).isCloseTo(-23.01, within(0.2));
  }

  @Test
  void truePeakFindsThePeakBetweenSamples() {
    // at a quarter of the sample rate and 45 degrees of phase every sample sits at 0.707 of the
    // peak
    short[] s = sine(4000, 0.5, 1, Math.PI / 4);
    double samplePeak = 20 * Math.log10(Math.abs(s[100]) / 32768.0);
    assertThat(samplePeak).isCloseTo(-9.03, within(0.1));
    assertThat(Loudness.truePeak(s)).isCloseTo(-6.02, within(0.3));
  }
}
