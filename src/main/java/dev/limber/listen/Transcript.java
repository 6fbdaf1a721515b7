package dev.limber.listen;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * {@code limber listen}: every command a stream of audio holds, through the gate, each told with
 * its time and, when the audio came in real time, how long after the end of its words it was
 * recognised.
 */
public final class Transcript {
  /**
   * One line of the transcript; {@code latencySeconds} is negative when the audio was not paced.
   */
  public record Line(
      VoiceCommand command, double startSeconds, double endSeconds, double latencySeconds) {
    /** "00:12.4 pause". */
    public String text() {
      long tenths = Math.round(endSeconds * 10);
      return String.format(
          java.util.Locale.ROOT,
          "%02d:%02d.%d %s",
          tenths / 600,
          tenths / 10 % 60,
          tenths % 10,
          command.word());
    }

    /** One JSON object: {"time":12.4,"command":"pause","start":11.6,"latency":0.31}. */
    public String json() {
      return String.format(
              java.util.Locale.ROOT,
              "{\"time\":%.2f,\"command\":\"%s\",\"start\":%.2f",
              endSeconds,
              command.word(),
              startSeconds)
          + (latencySeconds >= 0
              ? String.format(java.util.Locale.ROOT, ",\"latency\":%.3f}", latencySeconds)
              : "}");
    }
  }

  private Transcript() {}

  /**
   * Decodes {@code audio} to its end, telling {@code out} of each command that passes the gate.
   *
   * @param startedNanos when the audio's first frame arrived, on {@code nanos}'s clock, or empty
   *     when it was not paced in real time (no latency then)
   */
  public static void of(
      InputStream audio,
      Decoders decoders,
      Gate gate,
      Optional<LongSupplier> startedNanos,
      LongSupplier nanos,
      Consumer<Line> out)
      throws IOException {
    try (Decoder decoder = decoders.start(audio)) {
      Optional<Heard> heard;
      while ((heard = decoder.next()).isPresent()) {
        Heard h = heard.get();
        if (!gate.passes(h.start(), h.end())) {
          continue;
        }
        double latency =
            startedNanos
                .map(t -> (nanos.getAsLong() - t.getAsLong()) / 1e9 - h.endSeconds())
                .orElse(-1.0);
        out.accept(
            new Line(
                h.command(), h.start() / (double) Listening.SAMPLE_RATE, h.endSeconds(), latency));
      }
    }
  }

  /** Starts a recognizer on a stream. */
  @FunctionalInterface
  public interface Decoders {
    Decoder start(InputStream audio) throws IOException;
  }
}
