package dev.limber.cli;

import dev.limber.audio.AudioSink;
import dev.limber.audio.LineSink;
import dev.limber.engine.EngineListener;
import dev.limber.engine.EngineState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Timings for {@code scripts/bench play}, written only when {@code LIMBER_BENCH_LOG} names a file:
 * the time from process start to the first audio frame written, and from a key to its command
 * taking effect in the engine.
 */
final class BenchLog {
  private final Optional<Path> file;
  private volatile long keyNanos;

  private BenchLog(Optional<Path> file) {
    this.file = file;
  }

  static BenchLog from(Map<String, String> env) {
    return new BenchLog(Optional.ofNullable(env.get("LIMBER_BENCH_LOG")).map(Path::of));
  }

  /** The sink, timing its first write when benchmarking. */
  AudioSink timeFirstWrite(AudioSink sink) {
    if (file.isEmpty()) {
      return sink;
    }
    if (sink instanceof LineSink line) {
      log("line-buffer-ms " + Math.round(line.bufferMillis()));
    }
    return new AudioSink() {
      private boolean first = true;

      @Override
      public void write(short[] block, int frames) throws IOException {
        sink.write(block, frames);
        if (first) {
          first = false;
          Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
          log("first-audio-ms " + Duration.between(started, Instant.now()).toMillis());
        }
      }

      @Override
      public void close() throws IOException {
        sink.close();
      }
    };
  }

  /** Notes when a key arrives, then passes its command on. */
  void keyPressed() {
    keyNanos = System.nanoTime();
  }

  EngineListener listener() {
    return new EngineListener() {
      @Override
      public void onNotice(String words, EngineState state) {
        if (file.isPresent() && keyNanos != 0) {
          log("key-to-effect-us " + (System.nanoTime() - keyNanos) / 1000 + " " + words);
          keyNanos = 0;
        }
      }
    };
  }

  private void log(String line) {
    file.ifPresent(f -> {
      try {
        Files.writeString(f, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
