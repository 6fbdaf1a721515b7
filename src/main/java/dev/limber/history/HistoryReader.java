package dev.limber.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads the recorded runs without ever writing: safe while another process plays and records. */
public final class HistoryReader {
  private HistoryReader() {}

  /**
   * The runs that pass the filter, oldest first; empty when no database exists yet.
   *
   * @param cache a folder of ours where SQLite's native library may be unpacked
   * @throws HistoryException when the database is newer, damaged, not Limber's, locked or
   *     unreadable
   */
  public static Optional<List<Run>> read(Path database, Path cache, RunFilter filter) {
    if (!Files.exists(database)) {
      return Optional.empty(); // before anything is made, not even the native library's folder
    }
    HistoryDb.useNativeFolder(cache);
    Optional<Connection> opened = HistoryDb.openForReading(database, RunLog.BUSY_TIMEOUT);
    if (opened.isEmpty()) {
      return Optional.empty();
    }
    try (Connection c = opened.get()) {
      return Optional.of(runs(c, filter));
    } catch (SQLException e) {
      throw Failures.of(database, e);
    } catch (HistoryException e) {
      throw e;
    } catch (RuntimeException e) {
      // a row changed by hand into something no Limber writes: say so rather than fail inside
      throw new HistoryException(
          HistoryException.Reason.NOT_A_HISTORY,
          database + " has a run Limber cannot read (" + e.getMessage() + "); it is left as it is",
          e);
    }
  }

  private static List<Run> runs(Connection c, RunFilter filter) throws SQLException {
    String sql =
        "SELECT * FROM runs" + (filter.sessionId().isPresent() ? " WHERE session_id = ?" : "");
    List<Run> runs = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      if (filter.sessionId().isPresent()) {
        s.setString(1, filter.sessionId().get());
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Run run = run(r);
          if (filter.accepts(run)) {
            runs.add(run);
          }
        }
      }
    }
    runs.sort(
        Comparator.comparing((Run run) -> run.startedAt().toInstant()).thenComparing(Run::id));
    return runs;
  }

  private static Run run(ResultSet r) throws SQLException {
    RunSettings settings =
        new RunSettings(
            r.getInt("rate_wpm"),
            r.getInt("pitch_hz"),
            r.getDouble("volume"),
            r.getString("count_mode"),
            r.getInt("breathing") != 0);
    return new Run(
        r.getString("id"),
        r.getString("session_id"),
        r.getString("title"),
        r.getString("session_sha256"),
        r.getInt("steps"),
        settings,
        RunOrigin.of(r.getString("origin")),
        Times.parse(r.getString("started_at")),
        optionalInt(r, "pain_before"),
        r.getLong("seconds_played"),
        r.getInt("step_reached"),
        Optional.ofNullable(r.getString("updated_at")).map(Times::parse),
        Optional.ofNullable(r.getString("outcome")).map(RunOutcome::of),
        optionalInt(r, "steps_completed"),
        optionalInt(r, "steps_skipped"),
        Optional.ofNullable(r.getString("ended_at")).map(Times::parse),
        optionalInt(r, "pain_after"));
  }

  private static OptionalInt optionalInt(ResultSet r, String column) throws SQLException {
    int value = r.getInt(column);
    return r.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
