package dev.limber.session;

/** The ranges of session format version 1, shared by the reader and the records' own checks. */
public final class Limits {
  public static final int FORMAT = 1;
  public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";
  public static final int TITLE_MAX = 80;
  public static final int SUMMARY_MAX = 300;
  public static final int NAME_MAX = 60;
  public static final int SPOKEN_MAX = 300;
  public static final int LINES_MAX = 20;
  public static final int STEPS_MAX = 200;
  public static final int HOLD_MAX = 600;
  public static final int REPS_MAX = 100;
  public static final int TEMPO_PHASES_MAX = 4;
  public static final int TEMPO_SECONDS_MAX = 30;
  public static final int SETS_MAX = 10;
  public static final int PREPARE_MAX = 30;
  public static final int REST_MAX = 300;
  public static final int BREATH_MAX = 10;
  public static final int CUES_MAX = 50;
  public static final int SESSION_SECONDS_MAX = 4 * 60 * 60;

  public static final int DEFAULT_SETS = 1;
  public static final int DEFAULT_PREPARE = 5;
  public static final int DEFAULT_REST = 10;

  private Limits() {}

  static int check(int value, int min, int max, String what) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          what + " must be from " + min + " to " + max + ", was " + value);
    }
    return value;
  }

  static String checkText(String text, int max, String what) {
    if (text == null
        || text.isEmpty()
        || text.codePointCount(0, text.length()) > max
        || TextRules.firstUnprintable(text) >= 0) {
      throw new IllegalArgumentException(
          what + " must be printable text of 1 to " + max + " characters");
    }
    return text;
  }
}
