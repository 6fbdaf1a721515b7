package dev.limber.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON text strictly into a {@link JsonValue} tree with positions. Jackson's streaming parser
 * does the tokenizing; duplicate keys, trailing content, deep nesting and huge values are refused.
 */
final class JsonTreeParser {
  static final int MAX_DEPTH = 32;
  static final int MAX_STRING_LENGTH = 20_000;
  static final int MAX_NUMBER_LENGTH = 40;
  private static final String DUPLICATE = "Duplicate field '";

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxDocumentLength(SessionParser.MAX_CHARS)
                  .build())
          .build();

  private final String source;
  private final List<String> path = new ArrayList<>();
  private JsonParser parser;

  private JsonTreeParser(String source) {
    this.source = source;
  }

  /** Parses one JSON document; {@code source} names the file in error messages. */
  static JsonValue parse(String text, String source) throws SessionFormatException {
    JsonTreeParser tree = new JsonTreeParser(source);
    try (JsonParser parser = FACTORY.createParser(text)) {
      tree.parser = parser;
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw tree.fail(1, 1, "expected a JSON object, found an empty file");
      }
      JsonValue root = tree.value(parser);
      JsonLocation end = parser.currentLocation();
      JsonToken extra;
      try {
        extra = parser.nextToken();
      } catch (JsonProcessingException e) {
        extra = JsonToken.NOT_AVAILABLE;
      }
      if (extra != null) {
        JsonLocation at = extra == JsonToken.NOT_AVAILABLE ? end : parser.currentTokenLocation();
        throw tree.fail(at.getLineNr(), at.getColumnNr(), "expected the end of the file after the session object, found more content");
      }
      return root;
    } catch (StreamConstraintsException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : tree.parser.currentLocation();
      tree.path.clear(); // the path of a too-deep value is itself too long to read
      throw tree.fail(line(at), column(at), constraintMessage(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage();
      if (message.startsWith(DUPLICATE)) {
        String name = message.substring(DUPLICATE.length(), message.lastIndexOf('\''));
        tree.path.add(PathNames.field(tree.pathString(), name));
      }
      throw tree.fail(line(at), column(at), syntaxMessage(message));
    } catch (IOException e) {
      throw tree.fail(1, 1, "could not be read: " + e.getMessage());
    }
  }

  private JsonValue value(JsonParser parser) throws IOException, SessionFormatException {
    JsonLocation at = parser.currentTokenLocation();
    Position position = new Position(at.getLineNr(), at.getColumnNr(), (int) at.getCharOffset());
    return switch (parser.currentToken()) {
      case START_OBJECT -> object(parser, position);
      case START_ARRAY -> array(parser, position);
      case VALUE_STRING -> new JsonString(position, parser.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonNumber(position, parser.getDecimalValue(), parser.getText());
      case VALUE_TRUE -> new JsonBoolean(position, true);
      case VALUE_FALSE -> new JsonBoolean(position, false);
      case VALUE_NULL -> new JsonNull(position);
      default -> throw fail(position.line(), position.column(), "unexpected " + parser.currentToken());
    };
  }

  private JsonObject object(JsonParser parser, Position position) throws IOException, SessionFormatException {
    Map<String, Member> members = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      JsonLocation keyAt = parser.currentTokenLocation();
      String key = parser.currentName();
      path.add(PathNames.field(pathString(), key));
      parser.nextToken();
      Position keyPosition = new Position(keyAt.getLineNr(), keyAt.getColumnNr(), (int) keyAt.getCharOffset());
      members.put(key, new Member(key, keyPosition, value(parser)));
      path.remove(path.size() - 1);
    }
    return new JsonObject(position, members);
  }

  private JsonArray array(JsonParser parser, Position position) throws IOException, SessionFormatException {
    List<JsonValue> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      path.add(PathNames.index(pathString(), items.size()));
      items.add(value(parser));
      path.remove(path.size() - 1);
    }
    return new JsonArray(position, items);
  }

  private String pathString() {
    return path.isEmpty() ? PathNames.ROOT : path.get(path.size() - 1);
  }

  private SessionFormatException fail(int line, int column, String message) {
    return new SessionFormatException(List.of(new Problem(source, line, column, pathString(), message)));
  }

  private static int line(JsonLocation at) {
    return at == null ? 1 : Math.max(1, at.getLineNr());
  }

  private static int column(JsonLocation at) {
    return at == null ? 1 : Math.max(1, at.getColumnNr());
  }

  /** Jackson's messages name internals ("code 125", feature names); keep what a user can act on. */
  static String syntaxMessage(String jackson) {
    String first = jackson.lines().findFirst().orElse("malformed JSON").trim();
    first = first.replaceAll(" \\(code \\d+\\)", "").replaceAll("\\s*\\(for .*?\\)", "");
    first = first.replaceAll("; expected .*", "").replaceAll("\\s*\\(JSON String, .*", "");
    if (first.startsWith(DUPLICATE)) {
      return "this field appears twice; each field may be given once";
    }
    if (first.startsWith("Unrecognized token '")) {
      String word = first.substring("Unrecognized token '".length(), first.indexOf('\'', "Unrecognized token '".length()));
      return "invalid JSON: unexpected word '" + word + "'; expected a string in double quotes, a number, true, false or null";
    }
    if (first.startsWith("Unexpected end-of-input")) {
      return "the file ends too early: " + first.substring("Unexpected end-of-input".length()).replaceFirst("^[:\\s]*", "") .trim();
    }
    if (first.startsWith("Illegal unquoted character")) {
      return "control characters must not appear inside a string";
    }
    return "invalid JSON: " + Character.toLowerCase(first.charAt(0)) + first.substring(1);
  }

  private static String constraintMessage(String jackson) {
    if (jackson.contains("nesting depth")) {
      return "nested too deeply: a session needs at most " + MAX_DEPTH + " levels";
    }
    if (jackson.contains("String value length")) {
      return "a string is far too long: at most " + MAX_STRING_LENGTH + " characters are read";
    }
    if (jackson.contains("Number value length")) {
      return "a number is far too long: at most " + MAX_NUMBER_LENGTH + " digits are read";
    }
    return "the file is too large for a session";
  }
}
