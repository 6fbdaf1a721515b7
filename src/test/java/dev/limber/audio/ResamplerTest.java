package dev.limber.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResamplerTest {
  @Test
  void upsamplingKeepsTheDurationExactAcrossBlocksOfAnySize() {
    Resampler to48k = new Resampler(16_000, 48_000);
    Resampler to44k = new Resampler(16_000, 44_100);
    int in = 0;
    int out48 = 0;
    int out44 = 0;
    for (int frames : new int[] {320, 320, 17, 1, 320, 5_000}) {
      short[] block = new short[frames];
      out48 += to48k.apply(block, frames).length;
      out44 += to44k.apply(block, frames).length;
      in += frames;
    }
    assertThat(out48).isEqualTo(in * 3);
    assertThat(out44).isEqualTo((int) ((long) in * 44_100 / 16_000));
  }

  @Test
  void aRampStaysSmoothOverTheBlockBoundary() {
    Resampler r = new Resampler(16_000, 48_000);
    short[] first = {0, 300, 600, 900};
    short[] second = {1200, 1500, 1800, 2100};
    short[] a = r.apply(first, 4);
    short[] b = r.apply(second, 4);
    short[] all = new short[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    for (int i = 1; i < all.length; i++) {
      assertThat(all[i] - all[i - 1]).as("step %d", i).isBetween(0, 150);
    }
  }

  @Test
  void atTheSameRateItChangesNothing() {
    short[] block = {1, 2, 3};
    assertThat(new Resampler(16_000, 16_000).apply(block, 3)).containsExactly(1, 2, 3);
  }
}
