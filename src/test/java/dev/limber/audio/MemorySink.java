package dev.limber.audio;

import java.util.Arrays;

/** Keeps everything written, for tests and for mixing into memory. */
public final class MemorySink implements AudioSink {
  private short[] samples = new short[16_000];
  private int frames;
  private boolean closed;

  @Override
  public synchronized void write(short[] block, int count) {
    if (frames + count > samples.length) {
      samples = Arrays.copyOf(samples, Math.max(samples.length * 2, frames + count));
    }
    System.arraycopy(block, 0, samples, frames, count);
    frames += count;
  }

  public synchronized Pcm pcm() {
    return new Pcm(Arrays.copyOf(samples, frames));
  }

  public synchronized boolean closed() {
    return closed;
  }

  @Override
  public synchronized void close() {
    closed = true;
  }
}
