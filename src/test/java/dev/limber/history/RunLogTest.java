package dev.limber.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLogTest {
  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-12-01T20:05:16+01:00");

  @TempDir Path home;
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  private Path db() {
    return home.resolve("data/history.db");
  }

  private RunLog open(Duration busy) {
    Clock clock = Clock.fixed(T0.plusMinutes(1).toInstant(), ZoneId.of("Europe/Berlin"));
    return RunLog.open(db(), home.resolve("cache"), warnings::add, clock, busy);
  }

  private List<Run> read() {
    return HistoryReader.read(db(), home.resolve("cache"), RunFilter.ALL).orElseThrow();
  }

  @Test
  void aRunIsWrittenAtItsStartAsItGoesAndAtItsEnd() {
    try (RunLog log = open(Duration.ofSeconds(5))) {
      log.start(
          new RunStart(
              "r1",
              "lower-back-basics",
              "Lower back basics",
              Runs.SHA,
              8,
              Runs.SETTINGS,
              T0.toInstant(),
              RunOrigin.TERMINAL,
              OptionalInt.of(6)));
      assertThat(log.flush(Duration.ofSeconds(10))).isTrue();
      assertThat(read())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.outcomeWord()).isEqualTo("interrupted");
                assertThat(r.painBefore()).hasValue(6);
                assertThat(r.startedAt()).isEqualTo(T0);
              });

      log.progress("r1", new RunProgress(95, 3));
      assertThat(log.flush(Duration.ofSeconds(10))).isTrue();
      assertThat(read())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.secondsPlayed()).isEqualTo(95);
                assertThat(r.stepReached()).isEqualTo(3);
                assertThat(r.updatedAt()).hasValue(T0.plusMinutes(1));
              });

      log.end(
          "r1",
          new RunEnd(
              RunOutcome.COMPLETED,
              8,
              1,
              766,
              T0.plusSeconds(766).toInstant(),
              OptionalInt.empty()));
      log.progress("r1", new RunProgress(10, 1)); // late progress must not undo the end
      log.painAfter("r1", 3);
    }
    assertThat(read())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.outcomeWord()).isEqualTo("completed");
              assertThat(r.secondsPlayed()).isEqualTo(766);
              assertThat(r.stepReached()).isEqualTo(3);
              assertThat(r.stepsCompleted()).hasValue(8);
              assertThat(r.stepsSkipped()).hasValue(1);
              assertThat(r.painAfter()).hasValue(3);
              assertThat(r.endedAt()).hasValue(T0.plusSeconds(766));
            });
    assertThat(warnings).isEmpty();
  }

  @Test
  void aLockHeldTooLongIsReportedOnceAndLosesNothing() throws Exception {
    try (RunLog log = open(Duration.ofMillis(200))) {
      log.start(Runs.start("r1", "desk-break", T0));
      assertThat(log.flush(Duration.ofSeconds(10))).isTrue();
      try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db());
          Statement s = other.createStatement()) {
        s.execute("BEGIN EXCLUSIVE");
        log.progress("r1", new RunProgress(30, 2));
        assertThat(log.flush(Duration.ofSeconds(10))).as("locked").isFalse();
        log.end("r1", Runs.end(RunOutcome.QUIT, 40, T0.plusSeconds(40)));
        assertThat(log.flush(Duration.ofSeconds(10))).as("still locked").isFalse();
        s.execute("ROLLBACK");
      }
      assertThat(warnings)
          .singleElement()
          .asString()
          .isEqualTo(
              db()
                  + " is locked by another program; the session goes on and Limber keeps trying to record it");
    }
    assertThat(read())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.outcomeWord()).isEqualTo("quit");
              assertThat(r.secondsPlayed()).isEqualTo(40);
              assertThat(r.stepReached()).isEqualTo(2);
            });
    assertThat(warnings).hasSize(1);
  }
}
