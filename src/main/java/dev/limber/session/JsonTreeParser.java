package dev.limber.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.limber.session.JsonValue.JsonArray;
import dev.limber.session.JsonValue.JsonBoolean;
import dev.limber.session.JsonValue.JsonNull;
import dev.limber.session.JsonValue.JsonNumber;
import dev.limber.session.JsonValue.JsonObject;
import dev.limber.session.JsonValue.JsonString;
import dev.limber.session.JsonValue.Member;
import dev.limber.session.JsonValue.Position;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON text strictly into a {@link JsonValue} tree with positions. Jackson's streaming
 * parser does the tokenizing. Duplicate keys, trailing content, deep nesting, long strings and long
 * numbers are refused here rather than by Jackson's own settings, because here the fault can be
 * reported where it starts and with its field path; Jackson's constraints stay on as a backstop.
 */
final class JsonTreeParser {
  static final int MAX_DEPTH = 32;
  static final int MAX_STRING_LENGTH = 20_000;
  static final int MAX_NUMBER_LENGTH = 40;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH * 4)
                  .maxStringLength(SessionParser.MAX_BYTES)
                  .maxNumberLength(SessionParser.MAX_BYTES)
                  .maxDocumentLength(SessionParser.MAX_BYTES)
                  .build())
          .build();

  private final SourceText source;
  private final String name;
  private int depth;

  private JsonTreeParser(String text, String name) {
    this.source = new SourceText(text);
    this.name = name;
  }

  /** Parses one JSON document; {@code name} names the file in error messages. */
  static JsonValue parse(String text, String name) throws SessionFormatException {
    return new JsonTreeParser(text, name).document();
  }

  private JsonValue document() throws SessionFormatException {
    try (JsonParser parser = FACTORY.createParser(source.text())) {
      try {
        if (parser.nextToken() == null) {
          String found = source.text().isEmpty() ? "an empty file" : "only white space";
          throw fail(
              new Position(1, 1, 0), PathNames.ROOT, "expected a JSON object, found " + found);
        }
        JsonValue root = value(parser, PathNames.ROOT);
        int after = source.skipSpace((int) parser.currentLocation().getCharOffset());
        if (after < source.text().length()) {
          throw fail(
              source.position(after),
              PathNames.ROOT,
              "expected the end of the file after the session object, found more content");
        }
        return root;
      } catch (StreamConstraintsException e) {
        throw fail(
            source.position((int) parser.currentTokenLocation().getCharOffset()),
            path(parser.getParsingContext()),
            "the file is too large for a session");
      } catch (JsonProcessingException e) {
        SyntaxErrors.Fault fault =
            new SyntaxErrors(source).describe(e, parser.currentTokenLocation());
        throw fail(fault.position(), path(parser.getParsingContext()), fault.message());
      }
    } catch (IOException e) {
      throw fail(new Position(1, 1, 0), PathNames.ROOT, "could not be read: " + e.getMessage());
    }
  }

  private JsonValue value(JsonParser parser, String path)
      throws IOException, SessionFormatException {
    Position position = position(parser.currentTokenLocation());
    switch (parser.currentToken()) {
      case START_OBJECT:
        return object(parser, path, position);
      case START_ARRAY:
        return array(parser, path, position);
      case VALUE_STRING:
        String text = parser.getText();
        if (text.length() > MAX_STRING_LENGTH) {
          throw fail(
              position,
              path,
              "a string is far too long: "
                  + text.length()
                  + " characters, where a session needs at most 300");
        }
        return new JsonString(position, text);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        String digits = parser.getText();
        if (digits.length() > MAX_NUMBER_LENGTH) {
          throw fail(
              position, path, "a number is far too long: " + digits.length() + " characters");
        }
        return new JsonNumber(position, decimal(parser, digits, position, path), digits);
      case VALUE_TRUE:
        return new JsonBoolean(position, true);
      case VALUE_FALSE:
        return new JsonBoolean(position, false);
      case VALUE_NULL:
        return new JsonNull(position);
      default:
        throw fail(position, path, "unexpected " + parser.currentToken());
    }
  }

  /**
   * The exact value of a number. An exponent beyond what {@code BigDecimal} holds (such as {@code
   * 1e2147483648}) makes Jackson throw a bare {@code NumberFormatException}; it is bad data.
   */
  private BigDecimal decimal(JsonParser parser, String digits, Position position, String path)
      throws IOException, SessionFormatException {
    try {
      return parser.getDecimalValue();
    } catch (NumberFormatException e) {
      throw fail(
          position,
          path,
          "the number "
              + (digits.length() > 24 ? digits.substring(0, 21) + "..." : digits)
              + " is far out of range; write a whole number");
    }
  }

  private JsonObject object(JsonParser parser, String path, Position position)
      throws IOException, SessionFormatException {
    enter(position, path);
    Map<String, Member> members = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      Position keyPosition = position(parser.currentTokenLocation());
      String key = parser.currentName();
      String keyPath = PathNames.field(path, key);
      Member first = members.get(key);
      if (first != null) {
        throw fail(
            keyPosition,
            keyPath,
            "this field appears twice (first at line "
                + first.keyPosition().line()
                + ", column "
                + first.keyPosition().column()
                + "); give each field once");
      }
      parser.nextToken();
      members.put(key, new Member(key, keyPosition, value(parser, keyPath)));
    }
    depth--;
    return new JsonObject(position, members);
  }

  private JsonArray array(JsonParser parser, String path, Position position)
      throws IOException, SessionFormatException {
    enter(position, path);
    List<JsonValue> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(value(parser, PathNames.index(path, items.size())));
    }
    depth--;
    return new JsonArray(position, items);
  }

  private void enter(Position position, String path) throws SessionFormatException {
    if (++depth > MAX_DEPTH) {
      throw fail(
          position,
          path.length() > 60 ? path.substring(0, 57) + "..." : path,
          "nested too deeply: a session needs at most " + MAX_DEPTH + " levels");
    }
  }

  private Position position(JsonLocation at) {
    return source.position((int) at.getCharOffset());
  }

  /** The field path of the parser's current place, for errors Jackson raises. */
  private static String path(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return PathNames.ROOT;
    }
    String parent = path(context.getParent());
    if (context.inArray()) {
      return PathNames.index(parent, Math.max(0, context.getCurrentIndex()));
    }
    return context.getCurrentName() == null
        ? parent
        : PathNames.field(parent, context.getCurrentName());
  }

  private SessionFormatException fail(Position at, String path, String message) {
    return new SessionFormatException(
        List.of(new Problem(name, at.line(), at.column(), path, message)));
  }
}
