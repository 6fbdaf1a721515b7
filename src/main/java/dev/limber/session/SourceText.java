package dev.limber.session;

import dev.limber.session.JsonValue.Position;

/** The text of a session file, for turning character offsets into lines and columns. */
record SourceText(String text) {

  /** Line and column (from 1) of the character at {@code offset}; a tab or an emoji counts as one column. */
  Position position(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < clamped; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, text.codePointCount(lineStart, clamped) + 1, clamped);
  }

  char at(int offset) {
    return offset >= 0 && offset < text.length() ? text.charAt(offset) : '\0';
  }

  /** Offset of the first character at or after {@code offset} that is not white space. */
  int skipSpace(int offset) {
    int i = offset;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
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
