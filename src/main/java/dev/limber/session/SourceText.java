package dev.limber.session;

import dev.limber.session.JsonValue.Position;

/**
 * The text of a session file, for turning character offsets into lines and columns. The parser asks
 * for the position of every token, so line starts are found once and looked up by binary search:
 * rescanning from the start each time took minutes for a 1 MiB file.
 */
final class SourceText {
  private final String text;

  /** Offset of the first character of each line. */
  private final int[] lineStarts;

  SourceText(String text) {
    this.text = text;
    this.lineStarts =
        java.util.stream.IntStream.concat(
                java.util.stream.IntStream.of(0),
                java.util.stream.IntStream.range(0, text.length())
                    .filter(i -> text.charAt(i) == '\n')
                    .map(i -> i + 1))
            .toArray();
  }

  String text() {
    return text;
  }

  /**
   * Line and column (from 1) of the character at {@code offset}; a tab or an emoji counts as one
   * column.
   */
  Position position(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int found = java.util.Arrays.binarySearch(lineStarts, clamped);
    int line = found >= 0 ? found : -found - 2; // the last line starting at or before the offset
    return new Position(line + 1, text.codePointCount(lineStarts[line], clamped) + 1, clamped);
  }

  char at(int offset) {
    return offset >= 0 && offset < text.length() ? text.charAt(offset) : '\0';
  }

  /** Offset of the first character at or after {@code offset} that is not white space. */
  int skipSpace(int offset) {
    int i = offset;
    while (i < text.length()
        && (text.charAt(i) == ' '
            || text.charAt(i) == '\t'
            || text.charAt(i) == '\n'
            || text.charAt(i) == '\r')) {
      i++;
    }
    return i;
  }

  /** Offset of the last character before {@code offset} that is not white space, or -1. */
  int skipSpaceBack(int offset) {
    int i = offset - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }

  /** Start of the bare word (letters, digits, signs, dots) that ends just before {@code offset}. */
  int wordStart(int offset) {
    int i = offset;
    while (i > 0 && isWordChar(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** End of the bare word that goes on at {@code offset}. */
  int wordEnd(int offset) {
    int i = offset;
    while (i < text.length() && isWordChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.' || c == '_';
  }
}
