package dev.limber.listen;

import java.io.IOException;
import java.io.InputStream;
import java.util.Random;

/**
 * A recording as a microphone would give it, for {@code limber listen --from}: a least-significant
 * bit of noise on every sample, and a second of that noise after the last. Exact digital zero is
 * nothing a microphone gives and it upsets the recognizer's end-of-speech detection; the second
 * after lets a command at the very end be heard. Reads the recording block by block (16 kHz,
 * 16-bit, mono, little-endian), never more than one block at a time.
 */
public final class Dithered extends InputStream {
  private static final int TAIL_BYTES = Listening.SAMPLE_RATE * 2;
  private static final int BLOCK_BYTES = 8192;

  private final InputStream in;
  private final Random dither = new Random(1);
  private final byte[] block = new byte[BLOCK_BYTES];

  /** Bytes of {@code block} ready to hand out, from {@code at}; an odd byte waits for its pair. */
  private int at;

  private int ready;
  private int carried;
  private boolean ended;
  private int tailLeft = TAIL_BYTES;

  public Dithered(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (at == ready) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(length, ready - at);
    System.arraycopy(block, at, buffer, offset, n);
    at += n;
    return n;
  }

  /** Makes the next whole samples ready; false once the recording and its tail are spent. */
  private boolean fill() throws IOException {
    // the odd byte of the last read stays at the front, the first half of its sample
    if (carried == 1) {
      block[0] = block[ready];
    }
    int have = carried;
    if (!ended) {
      int n = in.read(block, have, BLOCK_BYTES - have);
      if (n < 0) {
        ended = true; // an odd byte at the very end is no sample: dropped
        have = 0;
      } else {
        have += n;
      }
    }
    if (ended) {
      if (tailLeft == 0) {
        return false;
      }
      have = Math.min(tailLeft, BLOCK_BYTES);
      java.util.Arrays.fill(block, 0, have, (byte) 0);
      tailLeft -= have;
    }
    int whole = have & ~1;
    for (int i = 0; i < whole; i += 2) {
      int v = (short) ((block[i] & 0xff) | block[i + 1] << 8) + dither.nextInt(3) - 1;
      v = Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
      block[i] = (byte) v;
      block[i + 1] = (byte) (v >> 8);
    }
    carried = have - whole;
    at = 0;
    ready = whole;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
