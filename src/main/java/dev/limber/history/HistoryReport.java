package dev.limber.history;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code limber history} prints: recent runs, totals, streaks, a chart of the last weeks and
 * pain before and after. A pure function of the runs and the time now.
 *
 * @param limit how many recent runs to list
 * @param streaks whether to show streaks (some people find them stressful)
 * @param plain one sentence per run and per week instead of a table and a chart, for screen readers
 */
public record HistoryReport(int limit, boolean streaks, boolean plain) {
  public static final int DEFAULT_LIMIT = 10;

  public HistoryReport {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, found " + limit);
    }
  }

  /**
   * The report, one line per element; {@code runs} oldest first, as {@link HistoryReader} gives
   * them.
   */
  public List<String> render(List<Run> runs, ZonedDateTime now) {
    LocalDate today = now.toLocalDate();
    List<Run> newestFirst =
        runs.stream()
            .sorted(
                Comparator.comparing((Run r) -> r.startedAt().toInstant())
                    .thenComparing(Run::id)
                    .reversed())
            .limit(limit)
            .toList();
    List<String> lines = new ArrayList<>();
    lines.add(
        "Recent runs"
            + (runs.size() > newestFirst.size()
                ? " (the last " + newestFirst.size() + " of " + runs.size() + ")"
                : "")
            + ":");
    lines.addAll(plain ? RecentRuns.sentences(newestFirst) : RecentRuns.table(newestFirst));
    lines.add("");
    lines.add(
        totals(
                "This week",
                runs.stream().filter(r -> !Days.of(r).isBefore(Days.weekOf(today))).toList())
            + ".");
    lines.add(
        totals("In all", runs)
            + (runs.isEmpty() ? "" : ", since " + Words.day(Days.of(runs.get(0))))
            + ".");
    if (streaks) {
      lines.add(streaks(Streaks.of(runs, today)));
    }
    lines.add("");
    lines.addAll(WeekChart.chart(runs, today, plain));
    List<String> pain = PainReport.lines(runs, today);
    if (!pain.isEmpty()) {
      lines.add("");
      lines.addAll(pain);
    }
    return lines;
  }

  private static String totals(String when, List<Run> runs) {
    long completed = runs.stream().filter(Run::completed).count();
    long seconds = runs.stream().mapToLong(Run::secondsPlayed).sum();
    return when
        + ": "
        + Words.count(runs.size(), "run")
        + ", "
        + completed
        + " completed, "
        + Words.minutes(seconds);
  }

  private static String streaks(Streaks s) {
    if (s.longest() == 0) {
      return "Streak: no completed session yet.";
    }
    String current =
        s.current() == 0 ? "no streak now" : Words.count(s.current(), "day") + " in a row now";
    return "Streak: "
        + current
        + "; the longest was "
        + Words.count(s.longest(), "day")
        + ", to "
        + Words.day(s.longestEnd().orElseThrow())
        + ".";
  }
}
