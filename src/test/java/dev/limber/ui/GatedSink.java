package dev.limber.ui;

import dev.limber.audio.AudioSink;
import dev.limber.engine.EngineState;
import dev.limber.playback.Run;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A sound card that plays a block only when the test lets it: the engine stands still between
 * blocks, so a screen can be compared with a golden file while its state cannot change.
 */
final class GatedSink implements AudioSink {
  private final Semaphore gate = new Semaphore(0);
  private final AtomicLong written = new AtomicLong();
  private volatile boolean closed;
  private volatile boolean open;

  @Override
  public void write(short[] block, int frames) {
    if (!open) {
      gate.acquireUninterruptibly();
    }
    written.incrementAndGet();
  }

  /** From now on every block plays at once: for ending a test. */
  void open() {
    open = true;
    gate.release(1_000_000);
  }

  @Override
  public void close() {
    closed = true;
  }

  /** Lets blocks play one at a time until the run's state passes {@code test}, or the run ends. */
  void playUntil(Run run, Predicate<EngineState> test) throws InterruptedException {
    for (int blocks = 0; blocks < 200_000; blocks++) {
      waitUntilBlocked(run);
      if (test.test(run.state()) || run.outcome().isPresent()) {
        return;
      }
      long before = written.get();
      gate.release();
      while (written.get() == before && !closed) {
        Thread.onSpinWait();
      }
    }
    throw new AssertionError("the state never came: " + run.state());
  }

  /** Lets the run play to its end. */
  void playToTheEnd(Run run) throws InterruptedException {
    playUntil(run, s -> false);
    run.await();
  }

  private void waitUntilBlocked(Run run) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!gate.hasQueuedThreads() && !closed && run.outcome().isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the engine never asked for a block");
      }
      Thread.sleep(0, 100_000);
    }
  }
}
