package dev.limber.catalog;

import java.nio.file.Path;

/**
 * File names as they may be printed: a control character in a name is shown escaped, never sent to
 * the terminal.
 */
public final class Shown {
  private Shown() {}

  /**
   * The path with control, format and separator characters (and backslashes) written as escapes.
   */
  public static String path(Path path) {
    return text(path.toString());
  }

  /**
   * The text with control, format and separator characters (and backslashes) written as escapes.
   */
  public static String text(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\\') {
                out.append("\\\\");
              } else if (c == '\n') {
                out.append("\\n");
              } else if (c == '\t') {
                out.append("\\t");
              } else if (c == '\r') {
                out.append("\\r");
              } else if (unsafe(c)) {
                out.append(c <= 0xFFFF ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  private static boolean unsafe(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          true;
      default -> false;
    };
  }
}
