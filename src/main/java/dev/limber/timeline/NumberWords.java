package dev.limber.timeline;

/** Whole numbers as English words, so the voice says them the same way every time. */
public final class NumberWords {
  private static final String[] SMALL = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };

  private NumberWords() {}

  /** Words for 0 to 9999, such as "twenty three" or "one hundred and five". */
  public static String of(int n) {
    if (n < 0 || n > 9999) {
      throw new IllegalArgumentException("out of range: " + n);
    }
    if (n < 20) {
      return SMALL[n];
    }
    if (n < 100) {
      return TENS[n / 10] + (n % 10 == 0 ? "" : " " + SMALL[n % 10]);
    }
    if (n < 1000) {
      return SMALL[n / 100] + " hundred" + (n % 100 == 0 ? "" : " and " + of(n % 100));
    }
    return of(n / 1000)
        + " thousand"
        + (n % 1000 == 0 ? "" : (n % 1000 < 100 ? " and " : " ") + of(n % 1000));
  }

  /** The same with a capital letter, to start a spoken sentence. */
  public static String capitalized(int n) {
    String words = of(n);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
