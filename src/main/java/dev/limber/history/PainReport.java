package dev.limber.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Average pain before and after, per session and by week, so a user can see whether a routine
 * helps.
 */
final class PainReport {
  private PainReport() {}

  /** Empty when no run has a rating. */
  static List<String> lines(List<Run> runs, LocalDate today) {
    List<Run> rated =
        runs.stream().filter(r -> r.painBefore().isPresent() || r.painAfter().isPresent()).toList();
    if (rated.isEmpty()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    lines.add("Pain, from 0 (none) to 10, on average:");
    Map<String, List<Run>> bySession = new LinkedHashMap<>();
    rated.forEach(r -> bySession.computeIfAbsent(r.title(), t -> new ArrayList<>()).add(r));
    bySession.forEach(
        (title, list) ->
            lines.add(
                "  "
                    + title
                    + ": "
                    + averages(list)
                    + " ("
                    + Words.count(list.size(), "rated run")
                    + ")."));
    LocalDate first = Days.weekOf(today).minusWeeks(WeekChart.WEEKS - 1);
    TreeMap<LocalDate, List<Run>> byWeek = new TreeMap<>();
    rated.stream()
        .filter(r -> !Days.of(r).isBefore(first))
        .forEach(
            r -> byWeek.computeIfAbsent(Days.weekOf(Days.of(r)), w -> new ArrayList<>()).add(r));
    if (byWeek.isEmpty()) {
      return lines;
    }
    lines.add("By week:");
    byWeek.forEach(
        (week, list) -> lines.add("  Week of " + Words.day(week) + ": " + averages(list) + "."));
    if (byWeek.size() > 1) {
      lines.add(trend(byWeek));
    }
    return lines;
  }

  private static String averages(List<Run> runs) {
    OptionalDouble before = average(runs, Run::painBefore);
    OptionalDouble after = average(runs, Run::painAfter);
    List<String> parts = new ArrayList<>();
    before.ifPresent(b -> parts.add(Words.decimal(b) + " before"));
    after.ifPresent(a -> parts.add(Words.decimal(a) + " after"));
    String both = String.join(", ", parts);
    if (before.isPresent() && after.isPresent()) {
      double change = after.getAsDouble() - before.getAsDouble();
      both +=
          change < -0.05
              ? ", " + Words.decimal(-change) + " lower after"
              : change > 0.05 ? ", " + Words.decimal(change) + " higher after" : ", no change";
    }
    return both;
  }

  private static String trend(TreeMap<LocalDate, List<Run>> byWeek) {
    List<String> parts = new ArrayList<>();
    for (String when : List.of("before", "after")) {
      Function<Run, OptionalInt> rating = when.equals("before") ? Run::painBefore : Run::painAfter;
      List<Map.Entry<LocalDate, Double>> weeks = new ArrayList<>();
      byWeek.forEach((w, list) -> average(list, rating).ifPresent(a -> weeks.add(Map.entry(w, a))));
      if (weeks.size() > 1) {
        Map.Entry<LocalDate, Double> a = weeks.get(0);
        Map.Entry<LocalDate, Double> b = weeks.get(weeks.size() - 1);
        parts.add(
            "pain "
                + when
                + " a session went from "
                + Words.decimal(a.getValue())
                + " in the week of "
                + Words.day(a.getKey())
                + " to "
                + Words.decimal(b.getValue())
                + " in the week of "
                + Words.day(b.getKey()));
      }
    }
    return parts.isEmpty()
        ? "Trend: not enough weeks rated yet."
        : "Trend: " + String.join("; ", parts) + ".";
  }

  private static OptionalDouble average(List<Run> runs, Function<Run, OptionalInt> rating) {
    return runs.stream()
        .map(rating)
        .filter(OptionalInt::isPresent)
        .mapToInt(OptionalInt::getAsInt)
        .average();
  }
}
