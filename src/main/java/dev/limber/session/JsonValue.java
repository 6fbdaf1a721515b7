package dev.limber.session;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it stood in the source, so every fault can name its line
 * and column.
 */
sealed interface JsonValue {
  Position position();

  /** What the value is, as a user would call it in an error message ("a string", "an array"). */
  String kind();

  /** How the value reads in an error message: short, quoted for strings. */
  String describe();

  /**
   * Line and column (both from 1) of the first character of a value or key, and its offset in the
   * text.
   */
  record Position(int line, int column, int offset) {}

  record JsonObject(Position position, Map<String, Member> members) implements JsonValue {
    public String kind() {
      return "an object";
    }

    public String describe() {
      return "an object";
    }
  }

  /** One `"key": value` pair; the key's own position is where an unknown-field error points. */
  record Member(String key, Position keyPosition, JsonValue value) {}

  record JsonArray(Position position, List<JsonValue> items) implements JsonValue {
    public String kind() {
      return "an array";
    }

    public String describe() {
      return "an array";
    }
  }

  record JsonString(Position position, String value) implements JsonValue {
    public String kind() {
      return "a string";
    }

    public String describe() {
      String shown = value.length() > 40 ? value.substring(0, 37) + "..." : value;
      StringBuilder quoted = new StringBuilder("\"");
      shown
          .codePoints()
          .forEach(
              c ->
                  quoted.append(
                      Character.isISOControl(c)
                          ? String.format("\\u%04x", c)
                          : Character.toString(c)));
      return quoted.append('"').toString();
    }
  }

  record JsonNumber(Position position, BigDecimal value, String text) implements JsonValue {
    public String kind() {
      return "a number";
    }

    public String describe() {
      return text.length() > 24 ? text.substring(0, 21) + "..." : text;
    }
  }

  record JsonBoolean(Position position, boolean value) implements JsonValue {
    public String kind() {
      return "a boolean";
    }

    public String describe() {
      return Boolean.toString(value);
    }
  }

  record JsonNull(Position position) implements JsonValue {
    public String kind() {
      return "null";
    }

    public String describe() {
      return "null";
    }
  }
}
