package dev.limber.remote;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a handler answers; only the route table sends it, so headers go out exactly once. */
sealed interface Reply {

  /** A whole response. */
  record Full(int status, String type, byte[] body, Map<String, String> headers) implements Reply {}

  /** A 200 streamed until {@code writer} returns: the event stream. */
  record Stream(String type, Writer writer) implements Reply {}

  /** Writes a streamed body; returns when the stream should end. */
  @FunctionalInterface
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  static Reply json(int status, Object value) {
    return new Full(status, "application/json; charset=utf-8", Json.bytes(value), Map.of());
  }

  static Reply error(int status, String reason, Map<String, String> headers) {
    return new Full(
        status, "application/json; charset=utf-8", Json.bytes(Map.of("error", reason)), headers);
  }

  static Reply text(int status, String type, String body) {
    return new Full(status, type, body.getBytes(StandardCharsets.UTF_8), Map.of());
  }
}
