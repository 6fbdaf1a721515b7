package dev.limber.history;

/** Pain ratings: a whole number from 0 (no pain) to 10. */
public final class Pain {
  public static final int MIN = 0;
  public static final int MAX = 10;

  private Pain() {}

  /**
   * Reads a rating as typed, for example after {@code --pain-before}.
   *
   * @throws IllegalArgumentException with a one-line message when it is not 0 to 10
   */
  public static int parse(String typed) {
    String t = typed.strip();
    if (t.matches("\\d{1,2}")) {
      return check(Integer.parseInt(t));
    }
    throw new IllegalArgumentException(problem(typed));
  }

  /** The rating itself, or an {@link IllegalArgumentException} when it is outside 0 to 10. */
  public static int check(int rating) {
    if (rating < MIN || rating > MAX) {
      throw new IllegalArgumentException(problem(Integer.toString(rating)));
    }
    return rating;
  }

  private static String problem(String found) {
    return "a pain rating is a whole number from 0 (no pain) to 10, found '" + found + "'";
  }
}
