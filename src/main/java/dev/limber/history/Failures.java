package dev.limber.history;

import dev.limber.history.HistoryException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * SQLite's and the file system's failures as one line for the user, and whether trying again can
 * help.
 */
final class Failures {
  private Failures() {}

  /** A SQLite failure as one line for the user, classified by SQLite's primary result code. */
  static HistoryException of(Path db, SQLException e) {
    return switch (e.getErrorCode() & 0xff) {
      case 5, 6 -> new HistoryException(Reason.BUSY, db + " is locked by another program", e);
      case 11, 26 ->
          new HistoryException(
              Reason.NOT_A_HISTORY,
              db + " is damaged or not a SQLite database; it is left as it is",
              e);
      case 13 ->
          new HistoryException(Reason.UNAVAILABLE, "cannot write " + db + ": the disk is full", e);
      case 3, 8, 14 ->
          new HistoryException(
              Reason.UNAVAILABLE, cannotOpen(db, (e.getErrorCode() & 0xff) != 14), e);
      default ->
          new HistoryException(Reason.UNAVAILABLE, "cannot use " + db + ": " + sqliteReason(e), e);
    };
  }

  /**
   * SQLite says only that it cannot open or write; the file system says which is read-only. A
   * database in WAL mode needs its folder writable too, for the -wal and -shm files beside it.
   */
  private static String cannotOpen(Path db, boolean write) {
    Path folder = db.toAbsolutePath().getParent();
    if (Files.exists(db) && !Files.isWritable(db)) {
      return "cannot write " + db + ": it is read-only";
    }
    if (!Files.isWritable(folder)) {
      return "cannot write " + db + ": its folder is read-only";
    }
    return write ? "cannot write " + db + ": it is read-only" : "cannot open " + db;
  }

  private static String sqliteReason(SQLException e) {
    // sqlite-jdbc's messages look like "[SQLITE_IOERR] Some I/O error occurred (disk I/O error)"
    String m = String.valueOf(e.getMessage());
    int open = m.lastIndexOf('(');
    return open >= 0 && m.endsWith(")")
        ? m.substring(open + 1, m.length() - 1)
        : m.lines().findFirst().orElse(m);
  }

  static String ioReason(IOException e) {
    return e instanceof java.nio.file.AccessDeniedException
        ? "permission denied"
        : e instanceof java.nio.file.FileSystemException f && f.getReason() != null
            ? f.getReason()
            : e.toString();
  }
}
