package dev.limber.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The runs for other tools: JSON (an array of runs) and CSV (RFC 4180, header first), oldest first.
 */
public final class Exports {
  /** The CSV columns, as the database names them. */
  static final List<String> COLUMNS =
      List.of(
          "id",
          "session_id",
          "title",
          "session_sha256",
          "steps",
          "started_at",
          "ended_at",
          "outcome",
          "seconds_played",
          "step_reached",
          "steps_completed",
          "steps_skipped",
          "origin",
          "pain_before",
          "pain_after",
          "rate_wpm",
          "pitch_hz",
          "volume",
          "count_mode",
          "breathing");

  private Exports() {}

  public static String json(List<Run> runs) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      g.writeStartArray();
      for (Run r : runs) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("session", r.sessionId());
        g.writeStringField("title", r.title());
        g.writeStringField("sessionSha256", r.sessionSha256());
        g.writeNumberField("steps", r.steps());
        g.writeStringField("startedAt", Times.format(r.startedAt()));
        g.writeStringField("endedAt", time(r.endedAt()));
        g.writeStringField("outcome", r.outcomeWord());
        g.writeNumberField("secondsPlayed", r.secondsPlayed());
        g.writeNumberField("stepReached", r.stepReached());
        number(g, "stepsCompleted", r.stepsCompleted());
        number(g, "stepsSkipped", r.stepsSkipped());
        g.writeStringField("origin", r.origin().word());
        number(g, "painBefore", r.painBefore());
        number(g, "painAfter", r.painAfter());
        g.writeObjectFieldStart("settings");
        g.writeNumberField("rateWpm", r.settings().rateWpm());
        g.writeNumberField("pitchHz", r.settings().pitchHz());
        g.writeNumberField("volume", r.settings().volume());
        g.writeStringField("count", r.settings().count());
        g.writeBooleanField("breathing", r.settings().breathing());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /** RFC 4180: CRLF after every record, fields with a comma, quote or line break in quotes. */
  public static String csv(List<Run> runs) {
    StringBuilder out = new StringBuilder();
    record(out, COLUMNS);
    for (Run r : runs) {
      List<String> f = new ArrayList<>();
      f.add(r.id());
      f.add(r.sessionId());
      f.add(r.title());
      f.add(r.sessionSha256());
      f.add(Integer.toString(r.steps()));
      f.add(Times.format(r.startedAt()));
      f.add(r.endedAt().map(Times::format).orElse(""));
      f.add(r.outcomeWord());
      f.add(Long.toString(r.secondsPlayed()));
      f.add(Integer.toString(r.stepReached()));
      f.add(text(r.stepsCompleted()));
      f.add(text(r.stepsSkipped()));
      f.add(r.origin().word());
      f.add(text(r.painBefore()));
      f.add(text(r.painAfter()));
      f.add(Integer.toString(r.settings().rateWpm()));
      f.add(Integer.toString(r.settings().pitchHz()));
      f.add(Double.toString(r.settings().volume()));
      f.add(r.settings().count());
      f.add(r.settings().breathing() ? "1" : "0");
      record(out, f);
    }
    return out.toString();
  }

  private static void record(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      String f = fields.get(i);
      boolean quote = f.contains(",") || f.contains("\"") || f.contains("\r") || f.contains("\n");
      out.append(i == 0 ? "" : ",").append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
    }
    out.append("\r\n");
  }

  private static String time(Optional<OffsetDateTime> t) {
    return t.map(Times::format).orElse(null);
  }

  private static void number(JsonGenerator g, String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsInt());
    } else {
      g.writeNullField(name);
    }
  }

  private static String text(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
  }
}
