package dev.limber.session;

/**
 * What counts as printable text in a session: no control, format, private-use or unassigned
 * characters.
 */
public final class TextRules {
  private TextRules() {}

  /**
   * Index (in chars) of the first character a session may not contain, or -1 when all are
   * printable.
   */
  public static int firstUnprintable(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!printable(c)) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  /** What kind of unprintable character {@code c} is, in words. */
  public static String describe(int c) {
    String kind =
        switch (Character.getType(c)) {
          case Character.CONTROL ->
              c == '\t'
                  ? "the control character %s (a tab; use a space)"
                  : "the control character %s";
          case Character.FORMAT -> "the invisible formatting character %s";
          case Character.SURROGATE -> "the unpaired surrogate %s";
          case Character.PRIVATE_USE -> "the private-use character %s";
          case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> "the line separator %s";
          default -> "the unassigned character %s";
        };
    return String.format(kind, String.format("U+%04X", c));
  }

  /** Whether a session may contain {@code c}; what may be drawn on a screen is the same set. */
  public static boolean printable(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          false;
      default -> true;
    };
  }
}
