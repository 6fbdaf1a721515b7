package dev.limber.history;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The completion log: every run recorded as it starts, as it goes and as it ends.
 *
 * <p>Threads: every method may be called from any thread and returns at once (it only queues the
 * write), except {@link #flush} and {@link #close}, which wait. Writes happen in call order on one
 * background thread, named {@code limber-history}, which also opens the database, so opening never
 * delays the first sound. Never call {@code flush} or {@code close} from the audio thread.
 *
 * <p>Failures never throw: the session plays on. The first failure (cannot open, read-only, disk
 * full, locked longer than the busy timeout, damaged file, newer schema) is passed once to the
 * warning callback as one line, on the background thread. What could not be written is kept in
 * memory (the start, the latest progress, the end) and tried again at the next call and at close.
 *
 * <pre>{@code
 * RunLog log = RunLog.open(dirs.history(), dirs.cache(), line -> err.println("limber: " + line));
 * String id = RunStart.newId();
 * log.start(new RunStart(id, s.id(), s.title(), RunStart.sha256(bytes), steps, settings, Instant.now(),
 *     RunOrigin.PLAIN, OptionalInt.empty()));
 * ProgressPacer pacer = new ProgressPacer();
 * // on each step change and now and then while playing (any thread but the audio one is best):
 * RunProgress p = new RunProgress(secondsPlayed, step);
 * if (pacer.due(p)) log.progress(id, p);
 * // when it ends, however it ends:
 * log.end(id, new RunEnd(RunOutcome.QUIT, done, skipped, secondsPlayed, Instant.now(), OptionalInt.empty()));
 * log.close(); // before System.exit
 * }</pre>
 */
public interface RunLog extends AutoCloseable {
  /**
   * How long a write waits for another process's lock before it fails with SQLITE_BUSY and is kept
   * for later.
   */
  Duration BUSY_TIMEOUT = Duration.ofSeconds(5);

  /**
   * Opens the log at {@code database} in the background.
   *
   * @param cache a folder of ours where SQLite's native library may be unpacked
   * @param warnings receives at most one line, without a "limber:" prefix
   */
  static RunLog open(Path database, Path cache, Consumer<String> warnings) {
    return new BackgroundRunLog(database, cache, warnings, Optional.empty(), BUSY_TIMEOUT);
  }

  /**
   * As {@link #open(Path, Path, Consumer)}, with the clock whose zone gives the offset of the times
   * written (and which stamps progress), and the busy timeout.
   */
  static RunLog open(
      Path database, Path cache, Consumer<String> warnings, Clock clock, Duration busyTimeout) {
    return new BackgroundRunLog(database, cache, warnings, Optional.of(clock), busyTimeout);
  }

  /** A log that records nothing, for runs that must not be logged and for tests. */
  static RunLog none() {
    return NoRunLog.INSTANCE;
  }

  /** Records that a run has started. Call before {@link #progress} or {@link #end} for its id. */
  void start(RunStart start);

  /**
   * Records how far a run has got: call every 15 s or so and at every step. Ignored after its end.
   */
  void progress(String runId, RunProgress progress);

  /** Records how a run ended. */
  void end(String runId, RunEnd end);

  /** Records a pain rating (0 to 10) given after the run ended. */
  void painAfter(String runId, int pain);

  /**
   * Waits until everything asked so far has been tried, at most {@code timeout}; true when all of
   * it is written and durable (committed with {@code synchronous=FULL}).
   */
  boolean flush(Duration timeout);

  /**
   * Writes what is pending (waiting up to about twice the busy timeout), closes the database and
   * ends the background thread. Later calls are ignored. Call before the program exits, or the end
   * of the last run may be lost (the run then shows as interrupted).
   */
  @Override
  void close();
}
