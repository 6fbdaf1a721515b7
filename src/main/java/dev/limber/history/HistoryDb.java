package dev.limber.history;

import dev.limber.history.HistoryException.Reason;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteConfig;

/**
 * Opens the history database with the settings that make it durable and safe for two players at
 * once (WAL, {@code synchronous=FULL}, a busy timeout, foreign keys), and brings its schema up to
 * date. A database from a newer Limber, or a file that is not ours, is refused and never modified.
 */
final class HistoryDb {
  // sqlite-jdbc logs through java.util.logging when SLF4J is absent; every failure reaches the
  // user through our own one-line messages instead, and stray lines would break the full screen.
  // Held here because the logging system keeps only weak references; made on first use, because
  // starting java.util.logging costs milliseconds.
  private static Logger quiet;

  /** SQLITE_IOERR | (23 << 8). */
  private static final int SQLITE_BUSY = 5;

  private static final int SQLITE_LOCKED = 6;
  private static final int SQLITE_IOERR_DELETE_NOENT = 5898;

  private HistoryDb() {}

  /**
   * Where sqlite-jdbc finds its native library: unpacked once into a folder of ours, the cache (so
   * a noexec or read-only {@code /tmp} does not matter), and loaded from there by every later
   * process instead of being unpacked again each time (about 150 ms here). Takes effect before the
   * first connection; a choice the user made with sqlite-jdbc's own properties is kept. Called from
   * each opening, so no other code path ever loads the driver.
   */
  static synchronized void useNativeFolder(Path cache) {
    if (quiet == null) {
      quiet = Logger.getLogger("org.sqlite");
      quiet.setLevel(Level.OFF);
    }
    if (System.getProperty("org.sqlite.tmpdir") != null
        || System.getProperty("org.sqlite.lib.path") != null
        || cache == null) {
      return;
    }
    Path folder = cache.resolve("sqlite");
    try {
      createPrivateFolder(folder);
      // where sqlite-jdbc unpacks it itself, should the copy below fail to load
      System.setProperty("org.sqlite.tmpdir", folder.toString());
      Path library = NativeLibrary.unpacked(folder);
      System.setProperty("org.sqlite.lib.path", library.getParent().toString());
      System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
    } catch (IOException | RuntimeException e) {
      // sqlite-jdbc unpacks the library itself; if that fails too, opening says so
    }
  }

  /** Opens for recording runs, creating the file and its folder when missing. */
  static Connection openForWriting(Path db, Duration busyTimeout) {
    try {
      createPrivateFolder(db.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new HistoryException(
          Reason.UNAVAILABLE,
          "cannot create the folder for " + db + ": " + Failures.ioReason(e),
          e);
    }
    if (Files.isDirectory(db)) {
      throw new HistoryException(
          Reason.UNAVAILABLE, db + " is a folder, not a history database", null);
    }
    sweepUnfinished(db.toAbsolutePath().getParent());
    if (!Files.exists(db, LinkOption.NOFOLLOW_LINKS)) {
      createComplete(db, busyTimeout);
    }
    // Players opening a file that is still being switched to WAL can be told it is busy where
    // SQLite's own busy handler does not wait (found by FirstOpenRaceTest): the whole opening is
    // tried again, with a little jitter, until the busy timeout is spent.
    long deadline = System.nanoTime() + busyTimeout.toNanos();
    for (int attempt = 1; ; attempt++) {
      Connection c = connect(db, busyTimeout, false, "");
      try {
        prepareForWriting(c, db);
        return c;
      } catch (SQLException e) {
        closeQuietly(c);
        if (!passing(e) || System.nanoTime() > deadline) {
          throw Failures.of(db, e);
        }
      } catch (RuntimeException e) {
        closeQuietly(c);
        throw e;
      }
      try {
        Thread.sleep(
            5L * Math.min(attempt, 20)
                + java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HistoryException(Reason.UNAVAILABLE, "interrupted while opening " + db, e);
      }
    }
  }

  /**
   * Makes a new database whole (WAL, schema) under a name of its own, then links it into place,
   * which fails if the name is taken. Players creating the same file at once never meet in a
   * half-made one: creating it in place, two connections switching a new file to WAL could fail
   * each other with a disk I/O error (seen in CI), a fault SQLite's busy handler does not cover. On
   * a file system without hard links, the file is made in place as before.
   */
  private static void createComplete(Path db, Duration busyTimeout) {
    Path folder = db.toAbsolutePath().getParent();
    Path made;
    try {
      made = Files.createTempFile(folder, ".history-", ".db.new");
    } catch (IOException e) {
      return; // opening in place reports what is wrong with the folder
    }
    try {
      Connection c = connect(made, busyTimeout, false, "");
      try {
        prepareForWriting(c, made);
      } finally {
        closeQuietly(c);
      }
      Files.createLink(db, made);
    } catch (FileAlreadyExistsException e) {
      // another player made it first: theirs is as good as ours
    } catch (SQLException | IOException | UnsupportedOperationException | HistoryException e) {
      // opening in place tries again, and reports a lasting fault in its own words
    } finally {
      deleteQuietly(made);
    }
  }

  /**
   * Removes new databases that a player killed while making one left behind (an hour old or more,
   * so never one being made now). Linked into place already, such a file is a second name for the
   * history, and removing the name loses nothing.
   */
  private static void sweepUnfinished(Path folder) {
    long hourAgo = System.currentTimeMillis() - 3_600_000;
    try (var left = Files.newDirectoryStream(folder, ".history-*.db.new*")) {
      for (Path p : left) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis() < hourAgo) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // only tidying: what is left does no harm
    }
  }

  private static void deleteQuietly(Path made) {
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      try {
        Files.deleteIfExists(made.resolveSibling(made.getFileName() + suffix));
      } catch (IOException e) {
        // a name nobody else uses; a leftover is harmless
      }
    }
  }

  private static boolean passing(SQLException e) {
    int primary = e.getErrorCode() & 0xff;
    return primary == SQLITE_BUSY
        || primary == SQLITE_LOCKED
        || e.getErrorCode() == SQLITE_IOERR_DELETE_NOENT;
  }

  private static void prepareForWriting(Connection c, Path db) throws SQLException {
    int version = checkVersion(c, db);
    if (version > 0) {
      // A damaged page may not show until a write lands on it, and by then SQLite may have
      // changed the file; a quick check (a few milliseconds for years of runs) refuses it first.
      String check = queryString(c, "PRAGMA quick_check(1)");
      if (!check.equals("ok")) {
        throw new HistoryException(
            Reason.NOT_A_HISTORY, db + " is damaged (" + check + "); it is left as it is", null);
      }
    }
    // Each of these is per connection (WAL is remembered by the file, but saying it costs nothing).
    useWal(c);
    execute(c, "PRAGMA synchronous=FULL");
    execute(c, "PRAGMA foreign_keys=ON");
    if (version < Schema.VERSION) {
      migrate(c, db);
    }
  }

  /**
   * Opens for reading only ({@code query_only}), while another process may be writing; empty when
   * there is no database yet, or it has no runs table yet.
   */
  static Optional<Connection> openForReading(Path db, Duration busyTimeout) {
    if (!Files.exists(db)) {
      return Optional.empty();
    }
    if (Files.isDirectory(db)) {
      throw new HistoryException(
          Reason.UNAVAILABLE, db + " is a folder, not a history database", null);
    }
    try {
      return openForReading(db, busyTimeout, "");
    } catch (HistoryException e) {
      if (e.reason() != Reason.UNAVAILABLE || Files.isWritable(db.toAbsolutePath().getParent())) {
        throw e;
      }
      // On a read-only medium SQLite cannot create the -shm file that WAL readers share; nobody
      // can be writing there, so the file may be read as immutable: no locks, no files beside it.
      return openForReading(db, busyTimeout, "?immutable=1");
    }
  }

  private static Optional<Connection> openForReading(
      Path db, Duration busyTimeout, String uriParameters) {
    Connection c = connect(db, busyTimeout, true, uriParameters);
    try {
      execute(c, "PRAGMA query_only=ON");
      if (checkVersion(c, db) == 0) {
        c.close();
        return Optional.empty();
      }
      return Optional.of(c);
    } catch (SQLException e) {
      closeQuietly(c);
      throw Failures.of(db, e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  private static Connection connect(
      Path db, Duration busyTimeout, boolean readOnly, String uriParameters) {
    SQLiteConfig config = new SQLiteConfig();
    // set on open, so that even the first pragma waits for a lock instead of failing
    config.setBusyTimeout((int) busyTimeout.toMillis());
    config.setReadOnly(readOnly);
    try {
      String name = db.toAbsolutePath().toString();
      return config.createConnection(
          "jdbc:sqlite:" + (uriParameters.isEmpty() ? name : "file:" + uri(name) + uriParameters));
    } catch (SQLException e) {
      // sqlite-jdbc reports a native library that would not load as "Error opening connection"
      if (e.getCause() != null && !(e.getCause() instanceof SQLException)) {
        throw nativeLibrary(e);
      }
      throw Failures.of(db, e);
    } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
      throw nativeLibrary(e);
    }
  }

  private static HistoryException nativeLibrary(Throwable e) {
    return new HistoryException(
        Reason.UNAVAILABLE,
        "cannot load SQLite's native library (unpacked into "
            + System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"))
            + ")",
        e);
  }

  /** A path as the path of a file: URI, where ?, # and % are escaped. */
  private static String uri(String path) {
    return path.replace("%", "%25").replace("?", "%3f").replace("#", "%23");
  }

  /** The schema version, after refusing a newer one or a database with tables that are not ours. */
  private static int checkVersion(Connection c, Path db) throws SQLException {
    // One statement, so one snapshot: read apart, another player could create the schema between
    // the version (still 0) and the tables (already there), and ours would look like someone
    // else's.
    int version;
    int tables;
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT user_version, (SELECT count(*) FROM sqlite_master) FROM pragma_user_version")) {
      r.next();
      version = r.getInt(1);
      tables = r.getInt(2);
    }
    if (version > Schema.VERSION) {
      throw new HistoryException(
          Reason.NEWER_SCHEMA,
          db
              + " was written by a newer Limber (schema version "
              + version
              + "; this one knows up to "
              + Schema.VERSION
              + "): update Limber to use it; it is left as it is",
          null);
    }
    if (version == 0 && tables > 0) {
      throw new HistoryException(
          Reason.NOT_A_HISTORY,
          db
              + " is a SQLite database, but not Limber's history (it has other tables); it is left as it is",
          null);
    }
    return version;
  }

  /**
   * Switches a new file to WAL. Two players doing so at once can both try to delete the old
   * rollback journal, and the second is told it does not exist (SQLITE_IOERR_DELETE_NOENT, found by
   * FirstOpenRaceTest): harmless, so it tries again.
   */
  private static void useWal(Connection c) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        queryString(c, "PRAGMA journal_mode=WAL");
        return;
      } catch (SQLException e) {
        if (e.getErrorCode() != SQLITE_IOERR_DELETE_NOENT || attempt == 5) {
          throw e;
        }
        try {
          Thread.sleep(10L * attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private static void migrate(Connection c, Path db) throws SQLException {
    // IMMEDIATE takes the write lock first, so two players creating the file at once take turns
    execute(c, "BEGIN IMMEDIATE");
    try {
      int version = checkVersion(c, db);
      for (int v = version; v < Schema.VERSION; v++) {
        for (String sql : Schema.MIGRATIONS.get(v)) {
          execute(c, sql);
        }
      }
      execute(c, "PRAGMA user_version=" + Schema.VERSION);
      execute(c, "COMMIT");
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(c);
      throw e;
    }
  }

  static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String queryString(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? String.valueOf(r.getString(1)) : "";
    }
  }

  static void rollbackQuietly(Connection c) {
    try {
      execute(c, "ROLLBACK");
    } catch (SQLException e) {
      // there was no transaction left to roll back
    }
  }

  static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // closing what failed; the failure itself is reported
    }
  }

  static void createPrivateFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder);
      try {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: its own defaults apply
      }
    }
  }
}
