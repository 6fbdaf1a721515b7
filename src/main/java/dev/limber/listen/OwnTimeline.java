package dev.limber.listen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The program's own sound read from a timeline file ({@code limber render --timeline}): every
 * phrase and sound, phases apart, on the clock of the rendered WAV. With it, {@code limber listen
 * --from} gates a recording of a session as {@code play --listen} gates the microphone.
 */
public final class OwnTimeline implements OwnSound {
  private final long[] starts;
  private final long[] ends;

  private OwnTimeline(long[] starts, long[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * Reads {@code file}.
   *
   * @throws IOException when it cannot be read or is not a timeline, with the reason in one line
   */
  public static OwnTimeline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException("not JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode events = root == null ? null : root.get("events");
    if (events == null || !events.isArray()) {
      throw new IOException(
          "not a timeline (no \"events\"): write one with limber render --timeline");
    }
    if (root.path("sampleRate").asInt(Listening.SAMPLE_RATE) != Listening.SAMPLE_RATE) {
      throw new IOException("the timeline is not at " + Listening.SAMPLE_RATE + " Hz");
    }
    List<long[]> spans = new ArrayList<>();
    for (JsonNode e : events) {
      if (!"phase".equals(e.path("kind").asText())) {
        spans.add(new long[] {e.path("startFrame").asLong(), e.path("endFrame").asLong()});
      }
    }
    return new OwnTimeline(
        spans.stream().mapToLong(s -> s[0]).toArray(),
        spans.stream().mapToLong(s -> s[1]).toArray());
  }

  @Override
  public boolean soundedBetween(long from, long to) {
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] < to && ends[i] > from) {
        return true;
      }
    }
    return false;
  }
}
