package dev.limber.cli;

import dev.limber.audio.AudioSink;
import dev.limber.audio.LineSink;
import dev.limber.engine.Command;
import dev.limber.engine.EngineListener;
import dev.limber.engine.EngineState;
import dev.limber.playback.DeviceOpener;
import dev.limber.playback.OpenedDevice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Timings for {@code scripts/bench play}, written only when {@code LIMBER_BENCH_LOG} names a file:
 * the wall-clock time of the first audio frame written, and the time from a key to its command
 * taking effect in the engine.
 *
 * <p>The first frame is logged as an instant, not as a time since the process started: the bench
 * takes its own timestamp before starting the launcher, so the launcher script counts too. The
 * JVM's idea of when the process started ({@code ProcessHandle.Info.startInstant()}) is built on
 * the kernel's boot time in whole seconds, and was measured 150 ms off on this machine.
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

  /** The sound cards, timing the first write to the one opened when benchmarking. */
  DeviceOpener timed(DeviceOpener devices) {
    if (file.isEmpty()) {
      return devices;
    }
    return name -> {
      OpenedDevice opened = devices.open(name);
      return opened.sink().map(sink -> OpenedDevice.opened(timeFirstWrite(sink))).orElse(opened);
    };
  }

  private AudioSink timeFirstWrite(AudioSink sink) {
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
          Instant now = Instant.now();
          log("first-audio-epoch-us " + (now.getEpochSecond() * 1_000_000 + now.getNano() / 1000));
          log("first-audio-cpu-us " + cpuMicros());
        }
      }

      @Override
      public void close() throws IOException {
        sink.close();
      }
    };
  }

  /** Notes when a key arrives, and gives its command back to pass on. */
  Command keyPressed(Command command) {
    keyNanos = System.nanoTime();
    return command;
  }

  EngineListener listener() {
    return new EngineListener() {
      @Override
      public void onNotice(String words, EngineState state) {
        if (file.isPresent()) {
          Instant now = Instant.now();
          log(
              "effect-epoch-us "
                  + (now.getEpochSecond() * 1_000_000 + now.getNano() / 1000)
                  + " "
                  + words);
        }
        if (file.isPresent() && keyNanos != 0) {
          log("key-to-effect-us " + (System.nanoTime() - keyNanos) / 1000 + " " + words);
          keyNanos = 0;
        }
      }
    };
  }

  /**
   * The processor time every thread of this process has had so far, from the kernel's scheduler
   * statistics: unlike the wall clock, it hardly moves when other work shares the machine.
   */
  private static long cpuMicros() {
    long nanos = 0;
    try (var tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path task : tasks) {
        try {
          nanos += Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
          // a thread that ended meanwhile
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return nanos / 1000;
  }

  private void log(String line) {
    file.ifPresent(
        f -> {
          try {
            Files.writeString(
                f,
                line + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
