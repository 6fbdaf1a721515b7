package dev.limber.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LevelerTest {
  /** Something like a word: noise bursts under a syllable envelope, with a loud spike in it. */
  private static Pcm word(double amplitude, long seed) {
    Random random = new Random(seed);
    short[] s = new short[12_000];
    for (int i = 0; i < s.length; i++) {
      double envelope = Math.abs(Math.sin(Math.PI * i / 4000.0));
      s[i] = (short) Math.round(amplitude * 32767 * envelope * (random.nextDouble() * 2 - 1));
    }
    s[6000] = (short) Math.round(Math.min(1, amplitude * 6) * 32767);
    return new Pcm(s);
  }

  @Test
  void quietAndLoudClipsComeOutAtOneLoudnessUnderTheCeiling() {
    for (double amplitude : new double[] {0.01, 0.05, 0.3, 0.9}) {
      Pcm levelled = Leveler.level(word(amplitude, 7), -16, -1.5);
      assertThat(Loudness.integrated(levelled.samples()))
          .as("amplitude " + amplitude)
          .isCloseTo(-16, within(0.5));
      assertThat(Loudness.truePeak(levelled.samples()))
          .as("amplitude " + amplitude)
          .isLessThanOrEqualTo(-1.5);
    }
  }

  @Test
  void everyClipStartsAndEndsWithinEightLsbOfSilence() {
    short[] loud = new short[4000];
    java.util.Arrays.fill(loud, (short) 20_000);
    for (Pcm clip : new Pcm[] {new Pcm(loud), word(0.5, 3)}) {
      short[] s = Leveler.level(clip, -16, -1.5).samples();
      assertThat(Math.abs(s[0])).isLessThanOrEqualTo(8);
      assertThat(Math.abs(s[s.length - 1])).isLessThanOrEqualTo(8);
    }
    assertThat(Leveler.faded(new Pcm(loud)).samples()[1])
        .as("the fade-in starts softly")
        .isLessThan((short) 100);
  }

  @Test
  void silenceStaysSilent() {
    assertThat(Leveler.level(new Pcm(new short[100]), -16, -1).samples()).containsOnly((short) 0);
    assertThat(Leveler.level(Pcm.EMPTY, -16, -1).frames()).isZero();
  }
}
