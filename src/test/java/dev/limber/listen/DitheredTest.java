package dev.limber.listen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A recording made to sound like a microphone: a bit of noise, a second after it, block by block.
 */
class DitheredTest {
  private static final int S = Listening.SAMPLE_RATE;

  /** What {@code limber listen} fed the recognizer when it held the whole file. */
  private static byte[] wholeFileAtOnce(short[] s) {
    byte[] bytes = new byte[(s.length + S) * 2];
    Random dither = new Random(1);
    for (int i = 0; i < s.length + S; i++) {
      int v = i < s.length ? s[i] : 0;
      v = Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v + dither.nextInt(3) - 1));
      bytes[2 * i] = (byte) v;
      bytes[2 * i + 1] = (byte) (v >> 8);
    }
    return bytes;
  }

  private static byte[] little(short[] s) {
    byte[] b = new byte[s.length * 2];
    for (int i = 0; i < s.length; i++) {
      b[2 * i] = (byte) s[i];
      b[2 * i + 1] = (byte) (s[i] >> 8);
    }
    return b;
  }

  /** Hands out its bytes a few at a time, an odd number at that, as a converting stream may. */
  private static InputStream trickling(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 7));
      }
    };
  }

  @Test
  void theSamplesAreTheSameAsWhenTheWholeFileWasHeldWhateverTheReadSizes() throws IOException {
    short[] s = new short[20_001];
    Random r = new Random(7);
    for (int i = 0; i < s.length; i++) {
      s[i] = (short) (i % 5 == 0 ? Short.MAX_VALUE : r.nextInt(65_536) - 32_768);
    }
    assertThat(new Dithered(new ByteArrayInputStream(little(s))).readAllBytes())
        .isEqualTo(wholeFileAtOnce(s));
    assertThat(new Dithered(trickling(little(s))).readAllBytes()).isEqualTo(wholeFileAtOnce(s));
  }

  @Test
  void anOddByteAtTheEndIsNoSampleAndAnEmptyRecordingIsASecondOfNoise() throws IOException {
    byte[] odd = {1, 0, 2, 0, 9};
    assertThat(new Dithered(new ByteArrayInputStream(odd)).readAllBytes())
        .isEqualTo(wholeFileAtOnce(new short[] {1, 2}));
    assertThat(new Dithered(InputStream.nullInputStream()).readAllBytes()).hasSize(2 * S);
  }
}
