package dev.limber.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that cannot be used: the run goes on, one line says why, and the file is not touched.
 */
class BadDatabaseTest {
  @TempDir Path home;
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  private Path db() {
    return home.resolve("history.db");
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  /** Plays one run against the database and returns the warnings. */
  private List<String> record() {
    try (RunLog log = RunLog.open(db(), home.resolve("cache"), warnings::add)) {
      OffsetDateTime t = OffsetDateTime.parse("2026-12-01T08:00:00+01:00");
      log.start(Runs.start("r", "desk-break", t));
      assertThat(log.flush(Duration.ofSeconds(10))).as("the start is not written").isFalse();
      log.progress("r", new RunProgress(30, 2));
      assertThat(log.flush(Duration.ofSeconds(10))).isFalse();
      log.end("r", Runs.end(RunOutcome.COMPLETED, 60, t.plusSeconds(60)));
    }
    return warnings;
  }

  private void assertUntouched(String hash, String onlyFile) throws Exception {
    assertThat(sha256(db())).isEqualTo(hash);
    try (var files = Files.list(home)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("history")))
          .as("no journal beside it either")
          .containsExactly(onlyFile);
    }
  }

  @Test
  void aFileThatIsNotADatabaseIsReportedOnceAndLeftAsItIs() throws Exception {
    byte[] garbage = new byte[8192];
    new java.util.Random(7).nextBytes(garbage);
    Files.write(db(), garbage);
    String before = sha256(db());

    assertThat(record())
        .singleElement()
        .asString()
        .isEqualTo(
            db()
                + " is damaged or not a SQLite database; it is left as it "
                + "is; the session goes on, but this run is not recorded");
    assertUntouched(before, "history.db");
    assertThatThrownBy(() -> HistoryReader.read(db(), home.resolve("cache"), RunFilter.ALL))
        .isInstanceOf(HistoryException.class)
        .hasMessage(db() + " is damaged or not a SQLite database; it is left as it is");
    assertUntouched(before, "history.db");
  }

  @Test
  void aDatabaseDamagedInsideIsFoundBeforeAnyWriteAndLeftAsItIs() throws Exception {
    try (RunLog log = RunLog.open(db(), home.resolve("cache"), warnings::add)) {
      for (int i = 0; i < 200; i++) {
        log.start(
            Runs.start(
                "old-" + i,
                "lower-back-basics",
                OffsetDateTime.parse("2026-11-01T08:00:00+01:00").plusHours(i)));
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
        Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode=DELETE");
    }
    byte[] bytes = Files.readAllBytes(db());
    assertThat(bytes.length).as("several pages").isGreaterThan(8 * 4096);
    java.util.Arrays.fill(
        bytes, 3 * 4096 + 100, 4 * 4096, (byte) 0x5a); // garbage inside page 4, header intact
    Files.write(db(), bytes);
    String before = sha256(db());

    assertThat(record())
        .singleElement()
        .asString()
        .startsWith(db() + " is damaged (")
        .endsWith("); it is left as it is; the session goes on, but this run is not recorded");
    assertUntouched(before, "history.db");
  }

  @Test
  void aDatabaseFromANewerLimberIsRefusedAndNeverModified() throws Exception {
    try (RunLog log = RunLog.open(db(), home.resolve("cache"), warnings::add)) {
      log.start(Runs.start("old", "desk-break", OffsetDateTime.parse("2026-11-01T08:00:00+01:00")));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version=" + (Schema.VERSION + 1));
      s.execute("PRAGMA journal_mode=DELETE"); // so the whole database is in the one file hashed
    }
    String before = sha256(db());

    assertThat(record())
        .singleElement()
        .asString()
        .isEqualTo(
            db()
                + " was written by a newer Limber (schema version 2;"
                + " this one knows up to 1): update Limber to use it; it is left "
                + "as it is; the session goes on, but this run is not recorded");
    assertUntouched(before, "history.db");
    assertThatThrownBy(() -> HistoryReader.read(db(), home.resolve("cache"), RunFilter.ALL))
        .isInstanceOfSatisfying(
            HistoryException.class,
            e -> assertThat(e.reason()).isEqualTo(HistoryException.Reason.NEWER_SCHEMA));
    assertUntouched(before, "history.db");
  }

  @Test
  void someoneElsesDatabaseIsNotTakenOver() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE recipes (name TEXT)");
    }
    String before = sha256(db());

    assertThat(record())
        .singleElement()
        .asString()
        .startsWith(db() + " is a SQLite database, but not Limber's history");
    assertUntouched(before, "history.db");
  }

  @Test
  void aFolderWhereTheFileShouldBe() throws Exception {
    Files.createDirectories(db());
    assertThat(record())
        .singleElement()
        .asString()
        .isEqualTo(
            db()
                + " is a folder, not a history database; the session goes on and Limber keeps trying to record it");
  }
}
