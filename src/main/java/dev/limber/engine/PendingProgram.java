package dev.limber.engine;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A program being compiled on another thread, handed over once when it is ready: the whole session
 * while its opening chime plays, or the session at a new speech rate.
 */
final class PendingProgram {
  private CompletableFuture<Program> next;

  /** Waits for this program instead of any earlier one, which is cancelled. */
  void expect(CompletableFuture<Program> program) {
    if (next != null) {
      next.cancel(false);
    }
    next = program;
  }

  /** Whether a program is still to come. */
  boolean pending() {
    return next != null;
  }

  /** Waits up to {@code millis} for the program; false when the thread was interrupted. */
  boolean await(long millis) {
    try {
      next.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // not ready yet, or failed: take() reports a failure
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return true;
  }

  /**
   * The program once it is ready, handed over once; empty until then.
   *
   * @throws IOException or a RuntimeException when compiling it failed
   */
  Optional<Program> take() throws IOException {
    if (next == null || !next.isDone()) {
      return Optional.empty();
    }
    CompletableFuture<Program> done = next;
    next = null;
    try {
      return Optional.of(done.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IOException(e.getCause());
    }
  }
}
