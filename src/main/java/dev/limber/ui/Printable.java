package dev.limber.ui;

/**
 * Text from session files and the engine made safe to draw: printable characters only, on one line.
 */
final class Printable {
  private Printable() {}

  /**
   * {@code text} with control and formatting characters (escape sequences, bidi overrides) dropped,
   * and whitespace as spaces.
   */
  static String of(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isWhitespace(c)) {
                clean.append(' ');
              } else if (printable(c)) {
                clean.appendCodePoint(c);
              }
            });
    return clean.toString();
  }

  private static boolean printable(int c) {
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
