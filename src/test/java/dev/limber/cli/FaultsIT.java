package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.audio.FileOutput;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults only a real process meets, in a forked JVM: signals mid-write, a file size limit, a full
 * or closed standard output, an endless standard input. None may leave a half file or touch the old
 * target.
 */
class FaultsIT {
  private static final String TINY = "src/test/resources/sessions/tiny.json";

  @TempDir Path dir;
  Path out;

  @BeforeEach
  void warmCacheAndAnOldTarget() throws IOException {
    CliRun warm =
        CliRun.of(
            Map.of("LIMBER_HOME", dir.resolve("home").toString()),
            "render",
            TINY,
            "-o",
            "/dev/null");
    assertThat(warm.status()).as(warm.err()).isZero();
    out = Files.writeString(dir.resolve("out.wav"), "old");
  }

  private ProcessBuilder limber(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LIMBER_HOME", dir.resolve("home").toString());
    return builder;
  }

  private static String finish(Process p) throws Exception {
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the process ends").isTrue();
    return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private List<String> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(FileOutput::isTemporaryName)
          .toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"INT", "TERM", "HUP"})
  void aSignalMidRenderLeavesNoTemporaryFileAndTheOldTarget(String signal) throws Exception {
    // the timeline goes to a pipe nobody reads: the render waits there, its WAV file open, until
    // the signal
    Path fifo = dir.resolve("timeline.json");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Process p = limber("render", TINY, "-o", out.toString(), "--timeline", fifo.toString()).start();
    for (int i = 0; i < 1200 && temporaryFiles().isEmpty(); i++) {
      assertThat(p.isAlive()).as("still rendering").isTrue();
      Thread.sleep(50);
    }
    assertThat(temporaryFiles()).as("the WAV is being written").hasSize(1);

    assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor())
        .isZero();
    finish(p);

    assertThat(p.exitValue()).as("every stopping signal ends like Ctrl-C").isEqualTo(130);
    assertThat(temporaryFiles()).isEmpty();
    assertThat(out).hasContent("old");
  }

  @Test
  void aFileSizeLimitIsAnOutputFailureAndLeavesNoHalfFile() throws Exception {
    // 200 blocks of 512 bytes: far less than the WAV. The JVM ignores SIGXFSZ, so the write fails
    // with EFBIG.
    List<String> command =
        new ArrayList<>(List.of("sh", "-c", "ulimit -f 200 && exec \"$@\"", "sh"));
    command.addAll(limber("render", TINY, "-o", out.toString()).command());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LIMBER_HOME", dir.resolve("home").toString());
    Process p = builder.start();
    String err = finish(p);

    assertThat(p.exitValue()).isEqualTo(74);
    assertThat(err).isEqualTo("limber: " + out + ": writing failed: File too large\n");
    assertThat(temporaryFiles()).isEmpty();
    assertThat(out).hasContent("old");
  }

  @Test
  void aWavIntoAFullDiskOnStandardOutputIsAFailure() throws Exception {
    Process p = limber("render", TINY, "-o", "-").redirectOutput(new File("/dev/full")).start();
    String err = finish(p);

    assertThat(p.exitValue()).isEqualTo(74);
    assertThat(err).isEqualTo("limber: standard output: writing failed: No space left on device\n");
  }

  @Test
  void textIntoAFullDiskOnStandardOutputIsAFailure() throws Exception {
    Process p = limber("validate", TINY).redirectOutput(new File("/dev/full")).start();
    String err = finish(p);

    assertThat(p.exitValue()).isEqualTo(74);
    assertThat(err).isEqualTo("limber: standard output: writing failed\n");
  }

  @Test
  void aClosedPipeOnStandardOutputIsAFailure() throws Exception {
    Process p = limber("render", TINY, "-o", "-").start();
    p.getInputStream()
        .close(); // the WAV is far bigger than a pipe's buffer, so a write meets the closed end

    String err = finish(p);

    assertThat(p.exitValue()).isEqualTo(74);
    assertThat(err).isEqualTo("limber: standard output: writing failed: Broken pipe\n");
  }

  @Test
  void anEndlessStandardInputAsASessionStopsAtTheLimit() throws Exception {
    Process p = limber("validate", "/dev/stdin").start();
    CompletableFuture<Void> feeder =
        CompletableFuture.runAsync(
            () -> {
              try (OutputStream in = p.getOutputStream()) {
                byte[] spaces = " ".repeat(8192).getBytes(StandardCharsets.US_ASCII);
                while (true) {
                  in.write(spaces);
                }
              } catch (IOException e) {
                // the reader stopped: expected
              }
            });
    String err = finish(p);
    feeder.get(60, TimeUnit.SECONDS);

    assertThat(p.exitValue()).isEqualTo(65);
    assertThat(err)
        .isEqualTo(
            "/dev/stdin:1:1: $: the input goes on past 1048576 bytes; "
                + "a session file may have at most 1048576 bytes (1 MiB)\n");
  }
}
