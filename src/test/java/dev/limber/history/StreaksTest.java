package dev.limber.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StreaksTest {
  private static Run run(String at, Optional<RunOutcome> outcome) {
    OffsetDateTime start = OffsetDateTime.parse(at);
    return new Run(
        at,
        "s",
        "S",
        Runs.SHA,
        1,
        Runs.SETTINGS,
        RunOrigin.HEADLESS,
        start,
        OptionalInt.empty(),
        60,
        1,
        Optional.empty(),
        outcome,
        OptionalInt.empty(),
        OptionalInt.empty(),
        Optional.empty(),
        OptionalInt.empty());
  }

  private static List<Run> completed(String... at) {
    return Arrays.stream(at).map(a -> run(a, Optional.of(RunOutcome.COMPLETED))).toList();
  }

  @Test
  void aFlightWestKeepsTheDaysAsTheyWereLived() {
    // 22:30 in Berlin, then 19:00 the next evening in New York: by UTC, 10 November has no run
    List<Run> runs =
        completed(
            "2026-11-09T22:30:00+01:00", "2026-11-10T19:00:00-05:00", "2026-11-11T07:00:00-05:00");
    assertThat(runs.get(1).startedAt().toInstant().toString()).startsWith("2026-11-11T00:00");

    assertThat(Streaks.of(runs, LocalDate.of(2026, 11, 11)))
        .isEqualTo(new Streaks(3, 3, Optional.of(LocalDate.of(2026, 11, 11))));
  }

  @Test
  void aFlightEastCanPutTheLatestRunAfterTodayAndTheStreakStillCounts() {
    // played on the 2nd in Tokyo; now it is still the 1st in New York
    List<Run> runs = completed("2026-11-30T08:00:00-05:00", "2026-12-02T07:00:00+09:00");
    assertThat(Streaks.of(runs, LocalDate.of(2026, 12, 1)).current()).isEqualTo(1);
  }

  @Test
  void theStreakHoldsUntilTheDayIsOverAndOnlyCompletedRunsCount() {
    List<Run> runs =
        List.of(
            run("2026-10-31T08:00:00+01:00", Optional.of(RunOutcome.COMPLETED)),
            run("2026-11-01T08:00:00+01:00", Optional.of(RunOutcome.COMPLETED)),
            run("2026-11-02T08:00:00+01:00", Optional.of(RunOutcome.QUIT)),
            run("2026-11-03T08:00:00+01:00", Optional.empty()));

    assertThat(Streaks.of(runs, LocalDate.of(2026, 11, 2)).current())
        .as("the 2nd is not over")
        .isEqualTo(2);
    assertThat(Streaks.of(runs, LocalDate.of(2026, 11, 3)).current())
        .as("a quit and an interruption do not count")
        .isZero();
    assertThat(Streaks.of(runs, LocalDate.of(2026, 11, 3)).longest()).isEqualTo(2);
    assertThat(Streaks.of(List.of(), LocalDate.of(2026, 11, 3)))
        .isEqualTo(new Streaks(0, 0, Optional.empty()));
  }

  @Test
  void twoRunsOnOneDayAreOneDayAndTheLongestIsTheFirstOfEqualOnes() {
    List<Run> runs =
        completed(
            "2026-03-28T08:00:00+01:00",
            "2026-03-28T20:00:00+01:00",
            // the clocks go forward in Europe on 29 March 2026: a day of 23 hours is still a day
            "2026-03-29T08:00:00+02:00",
            "2026-04-10T08:00:00+02:00",
            "2026-04-11T08:00:00+02:00");

    assertThat(Streaks.of(runs, LocalDate.of(2026, 4, 20)))
        .isEqualTo(new Streaks(0, 2, Optional.of(LocalDate.of(2026, 3, 29))));
  }
}
