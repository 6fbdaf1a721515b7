package dev.limber.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real full and read-only file systems (small tmpfs mounts; CI runs as root): the run goes on, one
 * line says why, the database file is untouched, and what could wait is written once it can.
 */
class DiskFailureIT {
  private static final OffsetDateTime T = OffsetDateTime.parse("2026-12-01T08:00:00+01:00");

  @TempDir Path home;
  private Path mount;
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  private Path db() {
    return mount.resolve("history.db");
  }

  private void mountTmpfs(String size) throws Exception {
    mount = Files.createDirectory(home.resolve("disk"));
    Forked.system(
        "mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs", mount.toString());
  }

  @AfterEach
  void unmount() throws Exception {
    if (mount != null) {
      Forked.system("umount", "-l", mount.toString());
    }
  }

  private RunLog open() {
    return RunLog.open(db(), home.resolve("cache"), warnings::add);
  }

  private static void recordOldRun(RunLog log) {
    log.start(Runs.start("old", "desk-break", T.minusDays(1)));
    log.end("old", Runs.end(RunOutcome.COMPLETED, 60, T.minusDays(1).plusSeconds(60)));
    assertThat(log.flush(Duration.ofSeconds(10))).isTrue();
  }

  @Test
  void aFullDiskLosesNothingThatFitsOnceThereIsRoomAgain() throws Exception {
    mountTmpfs("512k");
    try (RunLog log = open()) {
      recordOldRun(log);
    }
    String before = BadDatabaseTest.sha256(db());
    try (RunLog log = open()) {
      assertThat(log.flush(Duration.ofSeconds(10))).as("opened").isTrue();
      Path filler = mount.resolve("filler");
      Forked.system("sh", "-c", "cat /dev/zero > '" + filler + "' 2>/dev/null; true");

      log.start(Runs.start("full", "lower-back-basics", T));
      for (int step = 1; step <= 8; step++) {
        log.progress("full", new RunProgress(step * 90L, step));
      }
      log.end("full", Runs.end(RunOutcome.COMPLETED, 766, T.plusSeconds(766)));
      assertThat(log.flush(Duration.ofSeconds(10))).as("the disk is full").isFalse();
      assertThat(warnings)
          .singleElement()
          .asString()
          .isEqualTo(
              "cannot write "
                  + db()
                  + ": the disk is full; the session goes on and Limber keeps trying to record it");
      assertThat(BadDatabaseTest.sha256(db())).as("the database file itself").isEqualTo(before);

      Files.delete(filler);
      assertThat(log.flush(Duration.ofSeconds(10))).as("room again").isTrue();
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db());
        java.sql.ResultSet r = c.createStatement().executeQuery("PRAGMA integrity_check")) {
      assertThat(r.next() ? r.getString(1) : "").isEqualTo("ok");
    }
    assertThat(warnings).hasSize(1);
    List<Run> runs = HistoryReader.read(db(), home.resolve("cache"), RunFilter.ALL).orElseThrow();
    assertThat(runs)
        .extracting(Run::id, Run::outcomeWord, Run::secondsPlayed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("old", "completed", 60L),
            org.assertj.core.groups.Tuple.tuple("full", "completed", 766L));
    assertThat(runs.get(1).stepReached()).isEqualTo(8);
  }

  @Test
  void aReadOnlyFolderIsOneLineTheFileIsUntouchedAndHistoryStillReadsIt() throws Exception {
    mountTmpfs("1m");
    try (RunLog log = open()) {
      recordOldRun(log);
    }
    String before = BadDatabaseTest.sha256(db());
    Forked.system("mount", "-o", "remount,ro", mount.toString());

    try (RunLog log = open()) {
      log.start(Runs.start("ro", "desk-break", T));
      log.end("ro", Runs.end(RunOutcome.COMPLETED, 60, T.plusSeconds(60)));
      assertThat(log.flush(Duration.ofSeconds(10))).isFalse();
    }
    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("cannot write " + db() + ": it is read-only")
        .endsWith("; the session goes on and Limber keeps trying to record it");
    assertThat(BadDatabaseTest.sha256(db())).isEqualTo(before);

    CliRun history = CliRun.of(Map.of("LIMBER_HOME", mount.toString()), "history", "--csv");
    assertThat(history.err()).isEmpty();
    assertThat(history.status()).isZero();
    assertThat(history.out()).contains("\r\nold,desk-break,");
  }

  @Test
  void aNoexecTmpDoesNotStopTheLogBecauseSqliteUnpacksIntoTheCache() throws Exception {
    mountTmpfs("64m");
    Forked.system("mount", "-o", "remount,noexec", mount.toString());
    Path db = home.resolve("history.db");

    Process p =
        Forked.recordRuns(
            List.of("-Djava.io.tmpdir=" + mount), db, home.resolve("cache"), "runs", "1", "x");

    assertThat(Forked.errors(p, 60)).isEmpty();
    assertThat(HistoryReader.read(db, home.resolve("cache"), RunFilter.ALL).orElseThrow())
        .hasSize(1);
    try (var files = Files.walk(home.resolve("cache/sqlite"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("unpacked once, to stay")
          .contains("libsqlitejdbc.so");
    }
    // and the same player with SQLite left to unpack into that /tmp fails, so the test above can
    // fail
    Process without =
        Forked.recordRuns(
            List.of("-Djava.io.tmpdir=" + mount, "-Dorg.sqlite.tmpdir=" + mount),
            db,
            home.resolve("cache"),
            "runs",
            "1",
            "y");
    assertThat(Forked.errors(without, 60))
        .startsWith("warning: cannot load SQLite's native library");
  }

  @Test
  void aReadOnlyFileIsOneLineAndUntouched() throws Exception {
    mount = null; // on the ordinary disk: an immutable file stops even root from writing it
    Path file = home.resolve("history.db");
    try (RunLog log = RunLog.open(file, home.resolve("cache"), warnings::add)) {
      recordOldRun(log);
    }
    String before = BadDatabaseTest.sha256(file);
    Forked.system("chattr", "+i", file.toString());
    try {
      try (RunLog log = RunLog.open(file, home.resolve("cache"), warnings::add)) {
        log.start(Runs.start("ro", "desk-break", T));
        assertThat(log.flush(Duration.ofSeconds(10))).isFalse();
      }
      assertThat(warnings)
          .singleElement()
          .asString()
          .startsWith("cannot write " + file + ": it is read-only");
      assertThat(BadDatabaseTest.sha256(file)).isEqualTo(before);
    } finally {
      Forked.system("chattr", "-i", file.toString());
    }
  }
}
