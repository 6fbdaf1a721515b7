package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.history.RunEnd;
import dev.limber.history.RunLog;
import dev.limber.history.RunOrigin;
import dev.limber.history.RunOutcome;
import dev.limber.history.RunProgress;
import dev.limber.history.RunSettings;
import dev.limber.history.RunStart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {
  private static final RunSettings SETTINGS = new RunSettings(135, 100, 1.0, "last5", false);

  @TempDir Path home;

  private Map<String, String> env() {
    return Map.of("LIMBER_HOME", home.toString());
  }

  private void record() {
    Clock berlin = Clock.system(ZoneId.of("Europe/Berlin"));
    try (RunLog log =
        RunLog.open(
            home.resolve("history.db"),
            home.resolve("cache"),
            w -> {
              throw new AssertionError(w);
            },
            berlin,
            Duration.ofSeconds(5))) {
      OffsetDateTime t = OffsetDateTime.parse("2026-11-30T08:00:00+01:00");
      log.start(
          new RunStart(
              "a",
              "lower-back-basics",
              "Lower back basics",
              "0".repeat(64),
              8,
              SETTINGS,
              t.toInstant(),
              RunOrigin.TERMINAL,
              OptionalInt.of(5)));
      log.end(
          "a",
          new RunEnd(
              RunOutcome.COMPLETED, 8, 0, 766, t.plusSeconds(766).toInstant(), OptionalInt.of(3)));
      log.start(
          new RunStart(
              "b",
              "desk-break",
              "Desk break",
              "1".repeat(64),
              5,
              SETTINGS,
              t.plusDays(1).toInstant(),
              RunOrigin.HEADLESS,
              OptionalInt.empty()));
      log.progress("b", new RunProgress(95, 2));
      assertThat(log.flush(Duration.ofSeconds(10))).isTrue();
    }
  }

  @Test
  void withNoDatabaseItSaysSoAndCreatesNothing() {
    CliRun run = CliRun.of(env(), "history");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("No runs recorded yet.\n");
    assertThat(run.err()).isEmpty();
    assertThat(home.resolve("history.db")).doesNotExist();
    assertThat(home).isEmptyDirectory();
    assertThat(CliRun.of(env(), "history", "--json").out()).isEqualTo("[ ]\n");
    assertThat(CliRun.of(env(), "history", "--csv").out())
        .startsWith("id,session_id,")
        .hasLineCount(1);
  }

  @Test
  void theReportShowsACompletedAndAnInterruptedRun() {
    record();
    CliRun run = CliRun.of(env(), "history");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains(
            "Tue 1 Dec 2026 08:00   Desk break               2  interrupted at step 2 of 5\n",
            "Mon 30 Nov 2026 08:00  Lower back basics       13  completed                   5 → 3\n",
            "In all: 2 runs, 1 completed, 14 minutes, since 30 November 2026.",
            "Lower back basics: 5.0 before, 3.0 after, 2.0 lower after (1 rated run).");
    assertThat(CliRun.of(env(), "history", "--no-streaks").out()).doesNotContain("Streak");
    assertThat(CliRun.of(env(), "history", "--plain").out())
        .contains(
            "Tuesday 1 December 2026 at 08:00: Desk break, 1 minute 35 seconds, interrupted at step 2 of 5.\n");
  }

  @Test
  void exportsFilterAndLimit() {
    record();
    CliRun json = CliRun.of(env(), "history", "--json");
    assertThat(json.status()).isZero();
    assertThat(json.out())
        .contains(
            "\"outcome\" : \"completed\"", "\"outcome\" : \"interrupted\"", "\"painAfter\" : 3");

    CliRun csv = CliRun.of(env(), "history", "--csv", "--limit", "1");
    assertThat(csv.out().split("\r\n")).hasSize(2);
    assertThat(csv.out().split("\r\n")[1])
        .startsWith("b,desk-break,Desk break,")
        .contains(",interrupted,95,2,,,headless,");

    assertThat(
            CliRun.of(env(), "history", "--csv", "--session", "lower-back-basics")
                .out()
                .split("\r\n"))
        .hasSize(2)
        .satisfies(rows -> assertThat(rows[1]).startsWith("a,"));
    assertThat(CliRun.of(env(), "history", "--json", "--since", "2026-12-01").out())
        .contains("\"id\" : \"b\"")
        .doesNotContain("\"id\" : \"a\"");
    assertThat(CliRun.of(env(), "history", "--session", "nope").out())
        .isEqualTo("No runs match.\n");
  }

  @Test
  void withoutLimberHomeTheLogIsInXdgDataHome() {
    Map<String, String> xdg =
        Map.of(
            "HOME",
            home.toString(),
            "XDG_DATA_HOME",
            home.resolve("data").toString(),
            "XDG_CACHE_HOME",
            home.resolve("cache").toString());
    dev.limber.catalog.DataDirs dirs = dev.limber.catalog.DataDirs.from(xdg);
    assertThat(dirs.history()).isEqualTo(home.resolve("data/limber/history.db"));
    try (RunLog log =
        RunLog.open(
            dirs.history(),
            dirs.cache(),
            w -> {
              throw new AssertionError(w);
            })) {
      log.start(
          new RunStart(
              "x",
              "desk-break",
              "Desk break",
              "2".repeat(64),
              5,
              SETTINGS,
              OffsetDateTime.parse("2026-11-30T08:00:00+01:00").toInstant(),
              RunOrigin.REMOTE,
              OptionalInt.of(10)));
    }
    assertThat(CliRun.of(xdg, "history", "--csv").out()).contains("\r\nx,desk-break,Desk break,");
  }

  @Test
  void badUsageIsOneLineAndStatus64() {
    CliRun since = CliRun.of(env(), "history", "--since", "yesterday");
    assertThat(since.status()).isEqualTo(64);
    assertThat(since.err())
        .isEqualTo("limber: --since: expected a date like 2026-11-01, found 'yesterday'\n");
    CliRun both = CliRun.of(env(), "history", "--json", "--csv");
    assertThat(both.status()).isEqualTo(64);
    assertThat(both.err()).isEqualTo("limber: choose one of --json and --csv\n");
    assertThat(CliRun.of(env(), "history", "--limit", "0").status()).isEqualTo(64);
  }

  @Test
  void aRowEditedByHandIntoNonsenseIsOneLineStatus65() throws Exception {
    record();
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + home.resolve("history.db"));
        var s = c.createStatement()) {
      s.execute("UPDATE runs SET started_at = 'last tuesday' WHERE id = 'a'");
    }
    CliRun run = CliRun.of(env(), "history");

    assertThat(run.status()).isEqualTo(65);
    assertThat(run.err())
        .startsWith(
            "limber: "
                + home.resolve("history.db")
                + " has a run Limber cannot read (Text 'last tuesday'")
        .endsWith("; it is left as it is\n")
        .hasLineCount(1);
  }

  @Test
  void aDamagedDatabaseIsOneLineStatus65AndUntouched() throws Exception {
    Path db = home.resolve("history.db");
    Files.writeString(db, "this is not a database, but a note the user kept here. ".repeat(100));
    byte[] before = Files.readAllBytes(db);

    CliRun run = CliRun.of(env(), "history", "--csv");

    assertThat(run.status()).isEqualTo(65);
    assertThat(run.err())
        .isEqualTo("limber: " + db + " is damaged or not a SQLite database; it is left as it is\n");
    assertThat(run.out()).isEmpty();
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
  }
}
