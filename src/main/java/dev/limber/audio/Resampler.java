package dev.limber.audio;

/**
 * Converts 16 kHz audio to a device's rate by linear interpolation, smooth and exact in length
 * across blocks. Output lags the input by one input frame, so that every output sample lies between
 * two samples already seen, even at a block boundary.
 */
final class Resampler {
  private final int from;
  private final int to;
  private long inputFrames;
  private long outputFrames;
  private short last;
  private short beforeLast;

  Resampler(int from, int to) {
    this.from = from;
    this.to = to;
  }

  short[] apply(short[] block, int frames) {
    if (from == to) {
      return frames == block.length ? block : java.util.Arrays.copyOf(block, frames);
    }
    long endInput = inputFrames + frames;
    int count = (int) (endInput * to / from - outputFrames);
    short[] out = new short[count];
    for (int i = 0; i < count; i++) {
      double source = (double) (outputFrames + i) * from / to - 1;
      long at = (long) Math.floor(source);
      double fraction = source - at;
      int a = sample(block, at);
      int b = sample(block, at + 1);
      out[i] = (short) Math.round(a + (b - a) * fraction);
    }
    beforeLast = frames >= 2 ? block[frames - 2] : last;
    last = block[frames - 1];
    inputFrames = endInput;
    outputFrames += count;
    return out;
  }

  /**
   * Input sample {@code n}, counted over the whole stream; the two before this block are
   * remembered.
   */
  private short sample(short[] block, long n) {
    if (n >= inputFrames) {
      return block[(int) (n - inputFrames)];
    }
    if (n == inputFrames - 1) {
      return last;
    }
    return n == inputFrames - 2 ? beforeLast : 0;
  }
}
