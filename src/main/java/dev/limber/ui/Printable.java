package dev.limber.ui;

import dev.limber.session.TextRules;

/**
 * Text from session files and the engine made safe to draw: printable characters only (the session
 * format's own rule, {@link TextRules#printable}), on one line.
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
              } else if (TextRules.printable(c)) {
                clean.appendCodePoint(c);
              }
            });
    return clean.toString();
  }
}
