package dev.limber.audio;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Plays nothing, but takes audio at the speed a sound card would, so captions and timing go on when
 * there is no audio device. The deadline of each block is computed from the frames written so far,
 * so waiting never accumulates error.
 */
public final class SilentSink implements AudioSink {
  private static final long UNDERRUN_NANOS = 100_000_000L;

  private final LongSupplier nanoClock;
  private final LongConsumer sleeper;
  private long startNanos = -1;
  private long frames;

  public SilentSink() {
    this(System::nanoTime, LockSupport::parkNanos);
  }

  /**
   * @param nanoClock a monotonic clock in nanoseconds
   * @param sleeper waits about the given nanoseconds
   */
  SilentSink(LongSupplier nanoClock, LongConsumer sleeper) {
    this.nanoClock = nanoClock;
    this.sleeper = sleeper;
  }

  @Override
  public void write(short[] block, int count) {
    long now = nanoClock.getAsLong();
    // first write, or nothing written for a while (the engine waited): like a sound card after
    // an underrun, start timing afresh instead of racing to catch up
    if (startNanos < 0
        || now - (startNanos + frames * 1_000_000_000L / Pcm.SAMPLE_RATE) > UNDERRUN_NANOS) {
      startNanos = now;
      frames = 0;
    }
    frames += count;
    long due = startNanos + frames * 1_000_000_000L / Pcm.SAMPLE_RATE;
    long wait;
    while ((wait = due - nanoClock.getAsLong()) > 0) {
      sleeper.accept(wait);
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() {}
}
