package dev.limber.history;

import dev.limber.text.Durations;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Durations, dates and counts in words, the way a screen reader or the voice should read them. */
final class Words {
  private static final DateTimeFormatter SHORT_DATE =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu 'at' HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private Words() {}

  /**
   * "12 minutes 46 seconds", "1 hour 3 minutes", "45 seconds": seconds are left out from an hour
   * on.
   */
  static String duration(long seconds) {
    return Durations.inWords(seconds);
  }

  /**
   * Whole minutes (rounded to the nearest), in words with hours: "1 hour 40 minutes", "0 minutes".
   */
  static String minutes(long seconds) {
    long minutes = Math.round(seconds / 60.0);
    long h = minutes / 60;
    long m = minutes % 60;
    if (h == 0) {
      return count(m, "minute");
    }
    return m == 0 ? count(h, "hour") : count(h, "hour") + " " + count(m, "minute");
  }

  /** "1 run", "3 runs". */
  static String count(long n, String noun) {
    return Durations.count(n, noun);
  }

  /** "Tue 1 Dec 2026 20:05", for the table. */
  static String shortDate(OffsetDateTime t) {
    return SHORT_DATE.format(t);
  }

  /** "Tuesday 1 December 2026 at 20:05", for sentences. */
  static String longDate(OffsetDateTime t) {
    return LONG_DATE.format(t);
  }

  /** "1 December 2026". */
  static String day(LocalDate d) {
    return DAY.format(d);
  }

  /** "1 Dec". */
  static String dayMonth(LocalDate d) {
    return DAY_MONTH.format(d);
  }

  /** "Monday". */
  static String weekday(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** One decimal: "5.8". */
  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
