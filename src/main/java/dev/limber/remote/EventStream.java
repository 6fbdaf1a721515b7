package dev.limber.remote;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code GET /api/events}: Server-Sent Events. Every quarter of a second the stream looks at the
 * state and sends a {@code state} event when anything but the position changed (so at most four a
 * second), and a {@code caption} event for each phrase the voice began since (the current caption
 * first, on connecting). It holds nothing but the last thing it sent. A stream ends after {@value
 * #MAX_STREAM_SECONDS} s (the page reconnects), on a broken connection, and when the server stops;
 * at most {@value #MAX_STREAMS} are open at once, so they never take every thread of the server.
 */
final class EventStream {
  static final int MAX_STREAMS = 4;
  static final long TICK_MILLIS = 250;
  static final long MAX_STREAM_SECONDS = 600;
  private static final long KEEP_ALIVE_MILLIS = 15_000;

  private final RemoteControl control;
  private final AtomicBoolean open;
  private final AtomicInteger streams = new AtomicInteger();

  EventStream(RemoteControl control, AtomicBoolean open) {
    this.control = control;
    this.open = open;
  }

  Reply events(Routes.Request request) {
    if (streams.incrementAndGet() > MAX_STREAMS) {
      streams.decrementAndGet();
      throw new HttpFailure(503, "too many event streams are open; close another page");
    }
    return new Reply.Stream(
        "text/event-stream; charset=utf-8",
        out -> {
          try {
            stream(out);
          } finally {
            streams.decrementAndGet();
          }
        });
  }

  private void stream(OutputStream out) throws IOException {
    write(out, "retry: 2000\n\n");
    String sentState = null;
    Captions captions = control.captions();
    long sentCaption = captions.last();
    boolean first = true;
    long started = System.nanoTime();
    long lastWrite = started;
    while (open.get() && System.nanoTime() - started < MAX_STREAM_SECONDS * 1_000_000_000L) {
      RemoteControl.View view = control.view();
      ObjectNode json = Json.MAPPER.valueToTree(view);
      String full = json.toString();
      if (json.get("state").isObject()) {
        ((ObjectNode) json.get("state")).remove("position");
      }
      String withoutPosition = json.toString();
      boolean wrote = false;
      if (!withoutPosition.equals(sentState)) {
        write(out, "event: state\ndata: " + full + "\n\n");
        sentState = withoutPosition;
        wrote = true;
      }
      if (first) {
        caption(out, view.state() == null ? "" : view.state().caption());
        first = false;
        wrote = true;
      }
      for (Captions.Caption c : captions.after(sentCaption)) {
        caption(out, c.text());
        sentCaption = c.number();
        wrote = true;
      }
      long now = System.nanoTime();
      if (wrote) {
        lastWrite = now;
      } else if (now - lastWrite > KEEP_ALIVE_MILLIS * 1_000_000L) {
        write(out, ": still here\n\n"); // finds a client that went away
        lastWrite = now;
      }
      try {
        Thread.sleep(TICK_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void caption(OutputStream out, String text) throws IOException {
    write(out, "event: caption\ndata: " + Json.text(Map.of("caption", text)) + "\n\n");
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
