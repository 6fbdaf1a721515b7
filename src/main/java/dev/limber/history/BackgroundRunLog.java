package dev.limber.history;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/** A {@link RunLog} whose writes run in order on one background thread. */
final class BackgroundRunLog implements RunLog {
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "limber-history");
    t.setDaemon(true); // a stuck disk must never keep the program from exiting
    return t;
  });
  private final RunWriter writer;
  private final Clock clock;
  private final Duration closeWait;
  private volatile boolean closed;

  BackgroundRunLog(Path database, Path cache, Consumer<String> warnings, Clock clock, Duration busyTimeout) {
    this.clock = clock;
    this.closeWait = busyTimeout.multipliedBy(2).plusSeconds(1);
    this.writer = new RunWriter(database, () -> HistoryDb.openForWriting(database, busyTimeout), warnings);
    queue(() -> {
      HistoryDb.useNativeFolder(cache);
      writer.open();
    });
  }

  @Override
  public void start(RunStart start) {
    queue(() -> writer.start(start));
  }

  @Override
  public void progress(String runId, RunProgress progress) {
    OffsetDateTime at = OffsetDateTime.now(clock);
    queue(() -> writer.progress(runId, progress, at));
  }

  @Override
  public void end(String runId, RunEnd end) {
    queue(() -> writer.end(runId, end));
  }

  @Override
  public void painAfter(String runId, int pain) {
    Pain.check(pain);
    queue(() -> writer.painAfter(runId, pain));
  }

  @Override
  public boolean flush(Duration timeout) {
    try {
      return await(thread.submit(writer::write), timeout);
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    Future<Boolean> last = thread.submit(() -> {
      writer.close();
      return !writer.hasPending();
    });
    thread.shutdown();
    await(last, closeWait);
  }

  private void queue(Runnable write) {
    if (closed) {
      return;
    }
    try {
      thread.execute(() -> {
        try {
          write.run();
        } catch (RuntimeException | LinkageError e) {
          writer.fault(e);
        }
      });
    } catch (RejectedExecutionException e) {
      // closed meanwhile: the call comes too late to be recorded
    }
  }

  private static boolean await(Future<Boolean> done, Duration timeout) {
    try {
      return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      return false;
    }
  }
}
