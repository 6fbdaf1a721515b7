package dev.limber.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Streaks of consecutive days with a completed run.
 *
 * @param current the streak that ends on the latest completed day, when that day is today or
 *     yesterday (or later, after a flight east), else 0: a streak is not broken before the day is
 *     over
 * @param longest the longest streak, and its last day
 */
record Streaks(int current, int longest, Optional<LocalDate> longestEnd) {

  static Streaks of(List<Run> runs, LocalDate today) {
    TreeSet<LocalDate> days = Days.completedDays(runs);
    int longest = 0;
    LocalDate longestEnd = null;
    int length = 0;
    LocalDate previous = null;
    for (LocalDate d : days) {
      length = previous != null && previous.plusDays(1).equals(d) ? length + 1 : 1;
      if (length > longest) {
        longest = length;
        longestEnd = d;
      }
      previous = d;
    }
    boolean live = previous != null && !previous.isBefore(today.minusDays(1));
    return new Streaks(live ? length : 0, longest, Optional.ofNullable(longestEnd));
  }
}
