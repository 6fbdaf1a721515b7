package dev.limber.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Minutes per day over the last weeks, one row per week (Monday to Sunday), a block character per
 * day, with a summary in words above it; or, in plain mode, one sentence per week.
 */
final class WeekChart {
  static final int WEEKS = 8;
  private static final String LEGEND =
      "Each mark is a day: · none, ▂ under 5 minutes, ▄ 5 to 14, ▆ 15 to 29, █ 30 minutes or more.";

  private WeekChart() {}

  static List<String> chart(List<Run> runs, LocalDate today, boolean plain) {
    Map<LocalDate, Long> byDay = Days.secondsByDay(runs);
    LocalDate first = Days.weekOf(today).minusWeeks(WEEKS - 1);
    List<String> lines = new ArrayList<>();
    lines.add(summary(byDay, first, today));
    if (!plain) {
      lines.add("           Mon Tue Wed Thu Fri Sat Sun");
    }
    for (LocalDate week = first; !week.isAfter(today); week = week.plusWeeks(1)) {
      lines.add(plain ? sentence(byDay, week, today) : row(byDay, week, today));
    }
    if (!plain) {
      lines.add(LEGEND);
    }
    return lines;
  }

  private static String summary(Map<LocalDate, Long> byDay, LocalDate first, LocalDate today) {
    long total = 0;
    int days = 0;
    LocalDate bestWeek = null;
    long best = 0;
    for (LocalDate week = first; !week.isAfter(today); week = week.plusWeeks(1)) {
      long seconds = weekSeconds(byDay, week, today);
      if (seconds > best) {
        best = seconds;
        bestWeek = week;
      }
      total += seconds;
      days +=
          (int)
              week.datesUntil(week.plusDays(7))
                  .filter(d -> !d.isAfter(today) && byDay.getOrDefault(d, 0L) > 0)
                  .count();
    }
    String head = "Last " + WEEKS + " weeks: ";
    if (days == 0) {
      return head + "no sessions played.";
    }
    return head
        + Words.count(days, "day")
        + " with a session, "
        + Words.minutes(total)
        + " in all; the most in the week of "
        + Words.day(bestWeek)
        + ", "
        + Words.minutes(best)
        + ".";
  }

  private static String row(Map<LocalDate, Long> byDay, LocalDate week, LocalDate today) {
    StringBuilder line = new StringBuilder(String.format("%-9s", Words.dayMonth(week)));
    for (int i = 0; i < 7; i++) {
      LocalDate d = week.plusDays(i);
      line.append("   ").append(d.isAfter(today) ? " " : mark(byDay.getOrDefault(d, 0L)));
    }
    return line.append("   ").append(Words.minutes(weekSeconds(byDay, week, today))).toString();
  }

  private static String sentence(Map<LocalDate, Long> byDay, LocalDate week, LocalDate today) {
    List<String> played = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      LocalDate d = week.plusDays(i);
      long seconds = byDay.getOrDefault(d, 0L);
      if (!d.isAfter(today) && seconds > 0) {
        played.add(Words.weekday(d) + " " + Words.minutes(seconds));
      }
    }
    String head = "Week of " + Words.day(week) + ": ";
    return played.isEmpty()
        ? head + "nothing played."
        : head
            + Words.minutes(weekSeconds(byDay, week, today))
            + " on "
            + Words.count(played.size(), "day")
            + ": "
            + String.join(", ", played)
            + ".";
  }

  private static long weekSeconds(Map<LocalDate, Long> byDay, LocalDate week, LocalDate today) {
    return week.datesUntil(week.plusDays(7))
        .filter(d -> !d.isAfter(today))
        .mapToLong(d -> byDay.getOrDefault(d, 0L))
        .sum();
  }

  static String mark(long seconds) {
    if (seconds <= 0) {
      return "·";
    }
    return seconds < 5 * 60 ? "▂" : seconds < 15 * 60 ? "▄" : seconds < 30 * 60 ? "▆" : "█";
  }
}
