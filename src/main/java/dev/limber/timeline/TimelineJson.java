package dev.limber.timeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a timeline as JSON: every event with its kind, start and end frame, text and step. */
public final class TimelineJson {
  private TimelineJson() {}

  public static void write(Timeline timeline, String sessionId, OutputStream out)
      throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("session", sessionId);
      json.writeNumberField("sampleRate", timeline.sampleRate());
      json.writeNumberField("lengthFrames", timeline.length());
      json.writeArrayFieldStart("events");
      for (Event e : timeline.events()) {
        json.writeStartObject();
        json.writeStringField("kind", e.kind());
        json.writeNumberField("startFrame", e.start());
        json.writeNumberField("endFrame", e.end());
        json.writeStringField("text", e.text());
        json.writeNumberField("step", e.step());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }
}
