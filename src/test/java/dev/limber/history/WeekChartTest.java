package dev.limber.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class WeekChartTest {
  private static Run run(String at, long seconds) {
    return new Run(
        at,
        "s",
        "S",
        Runs.SHA,
        1,
        Runs.SETTINGS,
        RunOrigin.PLAIN,
        OffsetDateTime.parse(at),
        OptionalInt.empty(),
        seconds,
        1,
        Optional.empty(),
        Optional.of(RunOutcome.COMPLETED),
        OptionalInt.of(1),
        OptionalInt.of(0),
        Optional.empty(),
        OptionalInt.empty());
  }

  @Test
  void aRunCountsInTheWeekWhereItWasPlayedNotInUtcNorInTheZoneOfNow() {
    // Sunday night in New York is Monday morning in UTC; Monday just after midnight in Berlin is
    // Sunday in UTC
    List<Run> runs =
        List.of(run("2026-11-29T23:30:00-05:00", 600), run("2026-11-30T00:30:00+01:00", 1800));
    ZonedDateTime now = ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneId.of("Asia/Tokyo"));

    List<String> lines = new HistoryReport(10, true, false).render(runs, now);

    assertThat(lines)
        .contains(
            "23 Nov      ·   ·   ·   ·   ·   ·   ▄   10 minutes",
            "30 Nov      █   ·                       30 minutes",
            "This week: 1 run, 1 completed, 30 minutes.",
            "Streak: 2 days in a row now; the longest was 2 days, to 30 November 2026.");
    assertThat(new HistoryReport(10, true, true).render(runs, now))
        .contains("Week of 23 November 2026: 10 minutes on 1 day: Sunday 10 minutes.");
  }

  @Test
  void marksByMinutesOfTheDay() {
    assertThat(List.of(0L, 1L, 299L, 300L, 899L, 900L, 1799L, 1800L).stream().map(WeekChart::mark))
        .containsExactly("·", "▂", "▂", "▄", "▄", "▆", "▆", "█");
  }
}
