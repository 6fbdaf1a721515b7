package dev.limber.session;

/** What counts as printable text in a session: no control, format, private-use or unassigned characters. */
public final class TextRules {
  private TextRules() {}

  /** Index (in chars) of the first character a session may not contain, or -1 when all are printable. */
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

  static boolean printable(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
      default -> true;
    };
  }
}
