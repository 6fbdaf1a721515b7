package dev.limber.audio;

/** Converts 16 kHz audio to a device's rate by linear interpolation, keeping its phase across blocks. */
final class Resampler {
  private final int from;
  private final int to;
  private long inputFrames;
  private long outputFrames;
  private short last;

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
      double source = (double) (outputFrames + i) * from / to - inputFrames;
      int at = (int) Math.floor(source);
      double fraction = source - at;
      short a = at < 0 ? last : block[Math.min(at, frames - 1)];
      short b = at + 1 < 0 ? last : block[Math.min(at + 1, frames - 1)];
      out[i] = (short) Math.round(a + (b - a) * fraction);
    }
    last = block[frames - 1];
    inputFrames = endInput;
    outputFrames += count;
    return out;
  }
}
