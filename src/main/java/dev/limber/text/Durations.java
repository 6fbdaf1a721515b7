package dev.limber.text;

/**
 * Lengths of time and counts as people read them: in words for captions, screen readers and the
 * history, as a clock in tables. The one place every face formats them, so a length reads the same
 * in {@code list}, in plain mode and in the history.
 */
public final class Durations {
  private Durations() {}

  /**
   * "12 minutes 46 seconds", "1 hour 5 minutes", "40 seconds": what a screen reader reads right.
   */
  public static String inWords(long seconds) {
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    long rest = seconds % 60;
    StringBuilder words = new StringBuilder();
    append(words, hours, "hour");
    append(words, minutes, "minute");
    // seconds are noise next to hours
    if (hours == 0) {
      append(words, rest, "second");
    }
    return words.length() == 0 ? "0 seconds" : words.toString();
  }

  /** "12:46", or "1:15:00" from an hour on: for columns of a table. */
  public static String asClock(long seconds) {
    long hours = seconds / 3600;
    return hours > 0
        ? String.format("%d:%02d:%02d", hours, seconds % 3600 / 60, seconds % 60)
        : String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  /** "1 step", "3 steps". */
  public static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void append(StringBuilder words, long count, String unit) {
    if (count > 0) {
      words
          .append(words.length() == 0 ? "" : " ")
          .append(count)
          .append(' ')
          .append(unit)
          .append(count == 1 ? "" : "s");
    }
  }
}
