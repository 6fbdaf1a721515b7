package dev.limber.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs by calendar day. A run belongs to the local date where it was played (the date in the offset
 * it was recorded with), so a change of time zone or of daylight-saving time never moves a run to
 * another day. Weeks start on Monday.
 */
final class Days {
  private Days() {}

  static LocalDate of(Run run) {
    return run.startedAt().toLocalDate();
  }

  static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Seconds played on each day, every outcome counted. */
  static Map<LocalDate, Long> secondsByDay(List<Run> runs) {
    Map<LocalDate, Long> byDay = new TreeMap<>();
    runs.forEach(r -> byDay.merge(of(r), r.secondsPlayed(), Long::sum));
    return byDay;
  }

  /** The days with at least one completed run, in order. */
  static TreeSet<LocalDate> completedDays(List<Run> runs) {
    TreeSet<LocalDate> days = new TreeSet<>();
    runs.stream().filter(Run::completed).forEach(r -> days.add(of(r)));
    return days;
  }
}
