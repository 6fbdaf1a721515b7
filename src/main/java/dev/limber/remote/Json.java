package dev.limber.remote;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;

/** JSON in and out of the API: strict, with tight limits on what a request may send. */
final class Json {
  /** Deepest nesting a request body may have: the API's bodies are two levels deep. */
  static final int MAX_DEPTH = 8;

  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxStringLength(4_096)
                          .maxNumberLength(32)
                          .maxDocumentLength(Routes.MAX_BODY)
                          .build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private Json() {}

  /** A request body as a JSON object; an empty body is an empty object. */
  static JsonNode object(byte[] body) {
    if (body.length == 0) {
      return MAPPER.createObjectNode();
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new HttpFailure(400, "malformed JSON: " + oneLine(e.getOriginalMessage()) + where(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (node == null || !node.isObject()) {
      throw new HttpFailure(400, "the body must be a JSON object");
    }
    return node;
  }

  /** Refuses a field that is not one of {@code known}, so a typo never goes unnoticed. */
  static void onlyFields(JsonNode object, String where, Set<String> known) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new HttpFailure(
            400,
            where
                + ": unknown field \""
                + oneLine(name)
                + "\", expected one of "
                + new java.util.TreeSet<>(known));
      }
    }
  }

  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  static String text(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** The first line of a message, without control characters, at most 200 characters. */
  static String oneLine(String message) {
    String line = message == null ? "" : message.lines().findFirst().orElse("");
    line = line.replaceAll("\\p{Cntrl}", "?");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }
}
