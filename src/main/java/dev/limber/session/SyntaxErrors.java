package dev.limber.session;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.limber.session.JsonValue.Position;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's syntax errors, written for programmers, into one line a user can act on, and
 * moves the position to where the fault starts (Jackson points just past it).
 */
final class SyntaxErrors {
  private static final Pattern START_MARKER = Pattern.compile("line: (\\d+), column: (\\d+)");
  private static final Pattern CTRL_CHAR = Pattern.compile("code (\\d+)");

  private final SourceText source;

  SyntaxErrors(SourceText source) {
    this.source = source;
  }

  /**
   * The position and message of a syntax error; {@code tokenStart} is where the current token
   * began.
   */
  Fault describe(JsonProcessingException e, JsonLocation tokenStart) {
    String jackson = e.getOriginalMessage();
    int at = e.getLocation() == null ? 0 : (int) e.getLocation().getCharOffset();
    if (jackson.startsWith("Illegal unquoted character")) {
      int code = code(jackson);
      if (code == '\n' || code == '\r') {
        return fault(
            (int) tokenStart.getCharOffset(),
            "this string is not closed before the end of the line; add the closing \"");
      }
      return fault(
          at - 1,
          String.format(
              "must be printable text, found the control character U+%04X%s inside a string",
              code, code == '\t' ? " (a tab; use a space)" : ""));
    }
    if (jackson.startsWith("Illegal character ((CTRL-CHAR")) {
      return fault(
          at - 1,
          String.format(
              "the control character U+%04X is not allowed in a session file", code(jackson)));
    }
    if (jackson.startsWith("Unexpected end-of-input")) {
      return endOfInput(jackson, at);
    }
    if (jackson.startsWith("Unexpected close marker")) {
      return fault(
          at, "found '" + source.at(at) + "' where " + opened(jackson) + " should be closed");
    }
    if (jackson.startsWith("Unexpected character")) {
      return unexpectedCharacter(jackson, at);
    }
    int word = source.wordStart(at);
    String token = source.text().substring(word, source.wordEnd(at));
    if (jackson.startsWith("Non-standard token")) {
      return fault(word, token + " is not a number JSON allows; write a whole number");
    }
    if (jackson.contains("Leading zeroes not allowed")) {
      return fault(
          word,
          "a number must not start with a zero: write "
              + token.replaceFirst("^(-?)0+(?=\\d)", "$1"));
    }
    if (jackson.startsWith("Unrecognized token")) {
      return fault(
          word,
          "unexpected word '"
              + token
              + "'; text needs double quotes, and JSON knows only true, false and null");
    }
    if (jackson.contains("Unrecognized character escape")) {
      return fault(at - 2, "unknown escape in a string; a backslash is written \\\\");
    }
    return fault(at, "invalid JSON: " + firstSentence(jackson));
  }

  /** Where a fault is, and what it is. */
  record Fault(Position position, String message) {}

  private Fault unexpectedCharacter(String jackson, int at) {
    char c = source.at(at);
    int before = source.skipSpaceBack(at);
    if ((c == '}' || c == ']') && source.at(before) == ',') {
      return fault(before, "a comma before '" + c + "' has nothing after it; remove it");
    }
    if (c == '/' || c == '#') {
      return fault(at, "comments are not allowed in JSON");
    }
    if (c == '\'') {
      return fault(at, "text must be in double quotes \", not single quotes");
    }
    if (jackson.contains("was expecting a colon")) {
      return fault(at, "expected a colon ':' before '" + c + "'");
    }
    if (jackson.contains("was expecting comma")) {
      String close =
          jackson.contains("Array entries") ? "']' to close the array" : "'}' to close the object";
      return fault(at, "expected a comma ',' or " + close + ", found '" + c + "'");
    }
    if (jackson.contains("double-quote to start field name")) {
      return fault(at, "expected a field name in double quotes, found '" + c + "'");
    }
    return fault(
        at,
        "unexpected '"
            + c
            + "'; expected a value: text in double quotes, a number, an object, an array, true, false or null");
  }

  private Fault endOfInput(String jackson, int at) {
    Matcher start = START_MARKER.matcher(jackson);
    int end = source.text().length();
    if (jackson.contains("close marker") && start.find()) {
      String what = jackson.contains("for Object") ? "the object" : "the array";
      return fault(
          end,
          "the file ends before "
              + what
              + " opened at line "
              + start.group(1)
              + ", column "
              + start.group(2)
              + " is closed");
    }
    if (jackson.contains("in a String value") || jackson.contains("closing quote")) {
      return fault(end, "the file ends inside a string; add the closing \"");
    }
    return fault(
        end,
        "the file ends too early, in the middle of "
            + (jackson.contains("Object") ? "an object" : "a value"));
  }

  private String opened(String jackson) {
    Matcher start = START_MARKER.matcher(jackson);
    String what =
        jackson.contains("for Object") || jackson.contains("expected '}'")
            ? "the object"
            : "the array";
    return start.find()
        ? what + " opened at line " + start.group(1) + ", column " + start.group(2)
        : what;
  }

  private Fault fault(int offset, String message) {
    return new Fault(source.position(offset), message);
  }

  private static int code(String jackson) {
    Matcher m = CTRL_CHAR.matcher(jackson);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String firstSentence(String jackson) {
    String first =
        jackson
            .lines()
            .findFirst()
            .orElse("malformed")
            .replaceAll("\\s*\\(.*", "")
            .replaceAll("\\s*\\[Source.*", "");
    return first.isEmpty()
        ? "malformed"
        : Character.toLowerCase(first.charAt(0)) + first.substring(1);
  }
}
