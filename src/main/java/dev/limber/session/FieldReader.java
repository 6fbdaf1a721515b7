package dev.limber.session;

import dev.limber.session.JsonValue.JsonArray;
import dev.limber.session.JsonValue.JsonBoolean;
import dev.limber.session.JsonValue.JsonNumber;
import dev.limber.session.JsonValue.JsonObject;
import dev.limber.session.JsonValue.JsonString;
import dev.limber.session.JsonValue.Member;
import dev.limber.session.JsonValue.Position;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Typed, checked access to the fields of one JSON object. Every fault is added to a shared list
 * with its position; a faulty field reads as empty so that reading goes on and finds the rest.
 */
final class FieldReader {
  private final Faults faults;
  private final JsonObject object;
  private final String path;
  private final java.util.Set<String> typoFor = new java.util.HashSet<>();

  FieldReader(Faults faults, JsonObject object, String path) {
    this.faults = faults;
    this.object = object;
    this.path = path;
  }

  /** The shared list of faults of one file, and the text needed to point inside strings. */
  record Faults(String source, String text, List<Problem> problems) {
    void add(Position at, String path, String message) {
      problems.add(new Problem(source, at.line(), at.column(), path, message));
    }
  }

  String path() {
    return path;
  }

  Position position() {
    return object.position();
  }

  boolean has(String key) {
    return object.members().containsKey(key);
  }

  Optional<Member> member(String key) {
    return Optional.ofNullable(object.members().get(key));
  }

  String pathOf(String key) {
    return PathNames.field(path, key);
  }

  /** Reports every field not in {@code known}, with a suggestion when one is close. */
  void rejectUnknown(List<String> known) {
    for (Member m : object.members().values()) {
      if (!known.contains(m.key())) {
        java.util.Optional<String> meant = Suggestions.closest(m.key(), known).filter(k -> !has(k));
        meant.ifPresent(typoFor::add);
        String hint =
            meant
                .map(k -> "; did you mean \"" + k + "\"?")
                .orElse("; expected one of " + String.join(", ", known));
        faults.add(m.keyPosition(), pathOf(m.key()), "unknown field" + hint);
      }
    }
  }

  /**
   * Reports the missing ones of {@code keys} in one line; a key the user misspelt is already
   * reported.
   */
  void requirePresent(String... keys) {
    List<String> missing =
        java.util.Arrays.stream(keys)
            .filter(k -> !has(k) && !typoFor.contains(k))
            .map(k -> "\"" + k + "\"")
            .toList();
    if (!missing.isEmpty()) {
      faults.add(
          object.position(),
          path,
          "missing required field"
              + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing));
    }
  }

  /** True when an unknown field looked like a misspelling of {@code key}. */
  boolean misspelt(String key) {
    return typoFor.contains(key);
  }

  /** A fault of the object as a whole, reported at its opening brace. */
  void faultHere(String message) {
    faults.add(object.position(), path, message);
  }

  void fault(String key, String message) {
    Position at = member(key).map(m -> m.value().position()).orElse(object.position());
    faults.add(at, has(key) ? pathOf(key) : path, message);
  }

  Optional<Integer> integer(String key, int min, int max, String unit) {
    return member(key).flatMap(m -> wholeNumber(m.value(), pathOf(key), min, max, unit));
  }

  Optional<Integer> wholeNumber(JsonValue value, String at, int min, int max, String unit) {
    String expected = "must be a whole number" + unit + " from " + min + " to " + max;
    if (value instanceof JsonNumber n) {
      BigDecimal v = n.value();
      boolean whole = n.text().matches("-?\\d+");
      if (whole
          && v.compareTo(BigDecimal.valueOf(min)) >= 0
          && v.compareTo(BigDecimal.valueOf(max)) <= 0) {
        return Optional.of(v.intValueExact());
      }
      faults.add(value.position(), at, expected + ", found " + n.describe());
    } else {
      faults.add(value.position(), at, expected + ", found " + found(value));
    }
    return Optional.empty();
  }

  Optional<String> text(String key, int max) {
    return member(key).flatMap(m -> text(m.value(), pathOf(key), max));
  }

  Optional<String> text(JsonValue value, String at, int max) {
    if (!(value instanceof JsonString s)) {
      faults.add(
          value.position(),
          at,
          "must be text of 1 to " + max + " characters, found " + found(value));
      return Optional.empty();
    }
    String text = s.value();
    int bad = TextRules.firstUnprintable(text);
    if (bad >= 0) {
      Position inside = new Position(s.position().line(), columnOf(s, bad), s.position().offset());
      faults.add(
          inside, at, "must be printable text, found " + TextRules.describe(text.codePointAt(bad)));
      return Optional.empty();
    }
    int length = text.codePointCount(0, text.length());
    if (length == 0 || length > max || text.isBlank()) {
      String what =
          length == 0 ? "an empty string" : text.isBlank() ? "only spaces" : length + " characters";
      faults.add(
          value.position(), at, "must be text of 1 to " + max + " characters, found " + what);
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** A list of items read by {@code item}; a missing list is empty. */
  <T> List<T> list(
      String key, int min, int max, String noun, BiFunction<JsonValue, String, Optional<T>> item) {
    Optional<Member> m = member(key);
    if (m.isEmpty()) {
      return List.of();
    }
    if (!(m.get().value() instanceof JsonArray array)) {
      String hint = m.get().value() instanceof JsonString ? "; write it as [\"...\"]" : "";
      faults.add(
          m.get().value().position(),
          pathOf(key),
          "must be an array of " + noun + ", found " + found(m.get().value()) + hint);
      return List.of();
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < array.items().size(); i++) {
      item.apply(array.items().get(i), PathNames.index(pathOf(key), i)).ifPresent(items::add);
    }
    if (array.items().size() < min || array.items().size() > max) {
      faults.add(
          array.position(),
          pathOf(key),
          "must have "
              + (min == 0 ? "at most " + max : min + " to " + max)
              + " "
              + noun
              + ", found "
              + array.items().size());
      return List.of();
    }
    return items;
  }

  Optional<FieldReader> object(JsonValue value, String at, String expected) {
    if (value instanceof JsonObject o) {
      return Optional.of(new FieldReader(faults, o, at));
    }
    faults.add(value.position(), at, "must be " + expected + ", found " + found(value));
    return Optional.empty();
  }

  /** One of a closed set of words, with a suggestion for a near miss. */
  <E extends Enum<E>> Optional<E> choice(
      String key, E[] values, java.util.function.Function<E, String> name, String hint) {
    return member(key)
        .flatMap(
            m -> {
              List<String> names = java.util.Arrays.stream(values).map(name).toList();
              if (m.value() instanceof JsonString s) {
                for (E e : values) {
                  if (name.apply(e).equals(s.value())) {
                    return Optional.of(e);
                  }
                }
              }
              String shown =
                  names.stream()
                      .map(n -> "\"" + n + "\"")
                      .reduce((a, b) -> a + ", " + b)
                      .orElse("");
              String suggestion =
                  m.value() instanceof JsonString s
                      ? Suggestions.closest(s.value(), names)
                          .map(n -> "; did you mean \"" + n + "\"?")
                          .orElse(hint)
                      : hint;
              faults.add(
                  m.value().position(),
                  pathOf(key),
                  "must be one of " + shown + ", found " + found(m.value()) + suggestion);
              return Optional.empty();
            });
  }

  boolean isFalse(String key) {
    return member(key).map(m -> m.value() instanceof JsonBoolean b && !b.value()).orElse(false);
  }

  static String found(JsonValue value) {
    if (value instanceof JsonString s) {
      return "the string " + s.describe();
    }
    if (value instanceof JsonNumber) {
      return "the number " + value.describe();
    }
    return value instanceof JsonBoolean ? value.describe() : value.kind();
  }

  /**
   * Column of the character at {@code index} of a string's value, counting escapes in the source.
   */
  private int columnOf(JsonString s, int index) {
    String raw = faults.text();
    int i = s.position().offset() + 1;
    for (int decoded = 0; decoded < index && i < raw.length(); decoded++) {
      i += raw.charAt(i) != '\\' ? 1 : raw.charAt(i + 1) == 'u' ? 6 : 2;
    }
    // columns count characters as a person sees them: an emoji before the fault is one column
    return s.position().column() + raw.codePointCount(s.position().offset(), i);
  }
}
