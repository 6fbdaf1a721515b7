package dev.limber.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Writes runs. {@code start}, {@code progress}, {@code end} and {@code painAfter} note what is to
 * be written; {@link #write} writes all of it, one transaction per run. Whatever could not be
 * written yet (the start, the latest progress, the end) stays in memory for the next {@code write},
 * so a lock held too long or a full disk loses nothing that a later write can still save. Reports
 * one warning for the whole log. Not thread-safe: {@link BackgroundRunLog} calls it from one
 * thread.
 */
final class RunWriter {
  private static final String SUFFIX_AGAIN =
      "; the session goes on and Limber keeps trying to record it";
  private static final String SUFFIX_OFF = "; the session goes on, but this run is not recorded";

  /** What has not been written yet for one run. */
  private static final class Pending {
    RunStart start;
    RunProgress progress;
    OffsetDateTime progressAt;
    RunEnd end;
    OptionalInt painAfter = OptionalInt.empty();
  }

  private final Path db;
  private final Duration busyTimeout;
  private Optional<Clock> clock;
  private final Consumer<String> warnings;
  private final Map<String, Pending> pending = new LinkedHashMap<>();
  private Connection connection;
  private HistoryException off;
  private boolean warned;

  /**
   * {@code clock} gives the local offset of the times written; empty: the system's, looked up on
   * first use.
   */
  RunWriter(Path db, Duration busyTimeout, Optional<Clock> clock, Consumer<String> warnings) {
    this.db = db;
    this.busyTimeout = busyTimeout;
    this.clock = clock;
    this.warnings = warnings;
  }

  void open() {
    connection();
  }

  void start(RunStart start) {
    pending(start.runId()).start = start;
  }

  void progress(String runId, RunProgress progress) {
    Pending p = pending(runId);
    if (p.end == null) {
      p.progress = progress;
      p.progressAt = OffsetDateTime.now(clock());
    }
  }

  void end(String runId, RunEnd end) {
    pending(runId).end = end;
  }

  void painAfter(String runId, int pain) {
    pending(runId).painAfter = OptionalInt.of(pain);
  }

  /** Tries to write everything pending, oldest run first; true when all of it is written. */
  boolean write() {
    if (off != null) {
      pending.clear(); // nothing will be written: nothing to keep
      return false;
    }
    Iterator<Map.Entry<String, Pending>> runs = pending.entrySet().iterator();
    while (runs.hasNext()) {
      Map.Entry<String, Pending> run = runs.next();
      Connection c = connection();
      if (c == null) {
        return false;
      }
      try {
        writeOne(c, run.getKey(), run.getValue(), clock().getZone());
        runs.remove();
      } catch (SQLException e) {
        HistoryDb.rollbackQuietly(c);
        HistoryException failure = Failures.of(db, e);
        if (failure.reason() != HistoryException.Reason.BUSY) {
          // a connection that met a disk or file error is opened again next time
          HistoryDb.closeQuietly(c);
          connection = null;
        }
        fail(failure);
        return false;
      }
    }
    return true;
  }

  /**
   * Something unforeseen failed on the writing thread: reported like any failure, and tried again
   * later.
   */
  void fault(Throwable e) {
    if (connection != null) {
      HistoryDb.closeQuietly(connection);
      connection = null;
    }
    fail(
        new HistoryException(
            HistoryException.Reason.UNAVAILABLE, "cannot use " + db + ": " + e, e));
  }

  boolean hasPending() {
    return !pending.isEmpty();
  }

  void close() {
    write();
    if (connection != null) {
      HistoryDb.closeQuietly(connection);
      connection = null;
    }
  }

  private Pending pending(String runId) {
    return pending.computeIfAbsent(runId, id -> new Pending());
  }

  private Connection connection() {
    if (connection == null && off == null) {
      try {
        connection = HistoryDb.openForWriting(db, busyTimeout);
      } catch (HistoryException e) {
        fail(e);
      }
    }
    return connection;
  }

  private void fail(HistoryException e) {
    if (!e.transientFailure()) {
      off = e;
      pending.clear();
    }
    if (!warned) {
      warned = true;
      warnings.accept(e.getMessage() + (e.transientFailure() ? SUFFIX_AGAIN : SUFFIX_OFF));
    }
  }

  private Clock clock() {
    if (clock.isEmpty()) {
      clock = Optional.of(Clock.systemDefaultZone());
    }
    return clock.get();
  }

  private static void writeOne(Connection c, String runId, Pending p, ZoneId zone)
      throws SQLException {
    HistoryDb.execute(c, "BEGIN IMMEDIATE");
    if (p.start != null) {
      insert(c, p.start, zone);
    }
    if (p.progress != null) {
      update(
          c,
          "UPDATE runs SET seconds_played = ?, step_reached = ?, updated_at = ? WHERE id = ? AND outcome IS NULL",
          p.progress.secondsPlayed(),
          p.progress.stepReached(),
          Times.format(p.progressAt),
          runId);
    }
    if (p.end != null) {
      RunEnd e = p.end;
      update(
          c,
          "UPDATE runs SET outcome = ?, steps_completed = ?, steps_skipped = ?, seconds_played = ?, ended_at = ?,"
              + " updated_at = ?, pain_after = coalesce(?, pain_after) WHERE id = ?",
          e.outcome().word(),
          e.stepsCompleted(),
          e.stepsSkipped(),
          e.secondsPlayed(),
          Times.format(e.endedAt(), zone),
          Times.format(e.endedAt(), zone),
          boxed(e.painAfter()),
          runId);
    }
    if (p.painAfter.isPresent()) {
      update(c, "UPDATE runs SET pain_after = ? WHERE id = ?", p.painAfter.getAsInt(), runId);
    }
    HistoryDb.execute(c, "COMMIT");
  }

  private static void insert(Connection c, RunStart s, ZoneId zone) throws SQLException {
    RunSettings st = s.settings();
    update(
        c,
        "INSERT INTO runs (id, session_id, title, session_sha256, steps, rate_wpm, pitch_hz, volume, count_mode,"
            + " breathing, origin, started_at, pain_before, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO NOTHING",
        s.runId(),
        s.sessionId(),
        s.title(),
        s.sessionSha256(),
        s.steps(),
        st.rateWpm(),
        st.pitchHz(),
        st.volume(),
        st.count(),
        st.breathing() ? 1 : 0,
        s.origin().word(),
        Times.format(s.startedAt(), zone),
        boxed(s.painBefore()),
        Times.format(s.startedAt(), zone));
  }

  private static void update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}
