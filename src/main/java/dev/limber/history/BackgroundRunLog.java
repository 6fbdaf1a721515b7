package dev.limber.history;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/** A {@link RunLog} whose writes run in order on one background thread. */
final class BackgroundRunLog implements RunLog {
  private final ThreadPoolExecutor thread =
      new ThreadPoolExecutor(
          1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new WriterThread());

  /** Made on the writing thread by the first task, which every other task follows. */
  private RunWriter writer;

  private final Duration closeWait;
  private volatile boolean closed;

  /**
   * Starts the thread and has it open the database. Nothing else happens on the caller's thread: no
   * driver, no file, no time-zone rules ({@code clock} empty: the system's, looked up there).
   */
  BackgroundRunLog(
      Path database,
      Path cache,
      Consumer<String> warnings,
      Optional<Clock> clock,
      Duration busyTimeout) {
    // in milliseconds: Duration's own arithmetic goes through BigDecimal, more classes to load
    this.closeWait = Duration.ofMillis(busyTimeout.toMillis() * 2 + 1000);
    thread.execute(new Opening(database, cache, warnings, clock, busyTimeout));
  }

  /**
   * Makes the one writing thread: a daemon, so a stuck disk never keeps the program from exiting.
   */
  private static final class WriterThread implements ThreadFactory {
    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "limber-history");
      t.setDaemon(true);
      return t;
    }
  }

  /**
   * The first task: the writer (whose classes bring in java.sql), where the native library goes,
   * then the database.
   */
  private final class Opening implements Runnable {
    private final Path database;
    private final Path cache;
    private final Consumer<String> warnings;
    private final Optional<Clock> clock;
    private final Duration busyTimeout;

    Opening(
        Path database,
        Path cache,
        Consumer<String> warnings,
        Optional<Clock> clock,
        Duration busyTimeout) {
      this.database = database;
      this.cache = cache;
      this.warnings = warnings;
      this.clock = clock;
      this.busyTimeout = busyTimeout;
    }

    @Override
    public void run() {
      writer = new RunWriter(database, busyTimeout, clock, warnings);
      try {
        HistoryDb.useNativeFolder(cache);
        writer.open();
      } catch (RuntimeException | LinkageError e) {
        writer.fault(e);
      }
    }
  }

  @Override
  public void start(RunStart start) {
    queue(() -> writer.start(start));
  }

  @Override
  public void progress(String runId, RunProgress progress) {
    queue(() -> writer.progress(runId, progress));
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
      return await(thread.submit(() -> writer.write()), timeout);
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
    Future<Boolean> last =
        thread.submit(
            () -> {
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
      thread.execute(
          () -> {
            try {
              write.run();
              // Calls that queued up behind a slow write (a lock held for seconds) are written
              // together by the last of them, not one busy timeout each.
              if (thread.getQueue().isEmpty()) {
                writer.write();
              }
            } catch (RuntimeException | LinkageError e) {
              if (writer != null) { // null only if even the writer's classes failed to load
                writer.fault(e);
              }
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
