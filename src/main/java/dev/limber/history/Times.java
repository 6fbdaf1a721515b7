package dev.limber.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How times are stored: ISO 8601 local time to the second with its offset, which sqlite3's date
 * functions read.
 */
final class Times {
  private static final DateTimeFormatter STORED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private Times() {}

  static String format(OffsetDateTime t) {
    return t.truncatedTo(ChronoUnit.SECONDS).format(STORED);
  }

  static String format(Instant t, ZoneId zone) {
    return format(OffsetDateTime.ofInstant(t, zone));
  }

  static OffsetDateTime parse(String stored) {
    return OffsetDateTime.parse(stored);
  }
}
