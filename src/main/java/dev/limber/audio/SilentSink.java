package dev.limber.audio;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Plays nothing, but takes audio at the speed a sound card would, so captions and timing go on
 * when there is no audio device. The deadline of each block is computed from the frames written
 * so far, so waiting never accumulates error.
 */
public final class SilentSink implements AudioSink {
  private final LongSupplier nanoClock;
  private long startNanos = -1;
  private long frames;

  public SilentSink() {
    this(System::nanoTime);
  }

  /** @param nanoClock a monotonic clock in nanoseconds */
  SilentSink(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
  }

  @Override
  public void write(short[] block, int count) {
    if (startNanos < 0) {
      startNanos = nanoClock.getAsLong();
    }
    frames += count;
    long due = startNanos + frames * 1_000_000_000L / Pcm.SAMPLE_RATE;
    long wait;
    while ((wait = due - nanoClock.getAsLong()) > 0) {
      LockSupport.parkNanos(wait);
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() {}
}
