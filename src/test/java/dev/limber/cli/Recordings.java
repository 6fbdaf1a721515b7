package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.audio.Pcm;
import dev.limber.audio.Wav;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Recordings for the voice-command tests, made with other engines' voices (flite, espeak-ng) and
 * sox, which scripts/test-deps installs: a missing tool fails the test, it is never skipped.
 */
final class Recordings {
  static final int RATE = Pcm.SAMPLE_RATE;

  private final Path dir;
  private final List<short[]> parts = new ArrayList<>();
  private final List<Expected> expected = new ArrayList<>();
  private long frames;

  /** A command said, and when its words end in the recording, in seconds. */
  record Expected(String command, double end) {}

  Recordings(Path dir) {
    this.dir = dir;
  }

  /** Appends {@code seconds} of quiet. */
  Recordings quiet(double seconds) {
    return add(new short[(int) (seconds * RATE)]);
  }

  /** Appends "limber COMMAND" said by a voice, such as "flite:slt" or "espeak-ng:en-us". */
  Recordings say(String voice, String command) throws Exception {
    short[] words = speak(voice, "limber " + command);
    add(words);
    expected.add(new Expected(command, frames / (double) RATE));
    return this;
  }

  List<Expected> expected() {
    return expected;
  }

  /** The recording with a noise floor (-60 dB: a room is never digitally silent) as a WAV. */
  Path write(String name) throws IOException {
    short[] all = new short[(int) frames];
    int at = 0;
    for (short[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    Random floor = new Random(7);
    for (int i = 0; i < all.length; i++) {
      all[i] =
          (short) Math.max(-32768, Math.min(32767, all[i] + Math.round(floor.nextGaussian() * 20)));
    }
    Path file = dir.resolve(name);
    try (var out = Files.newOutputStream(file)) {
      Wav.write(new Pcm(all), out);
    }
    return file;
  }

  /** Runs sox on {@code in} with {@code effect}, such as "reverb 50 50 80". */
  Path sox(Path in, String name, String... effect) throws Exception {
    Path out = dir.resolve(name);
    List<String> command = new ArrayList<>(List.of("sox", "-R", in.toString(), out.toString()));
    command.addAll(List.of(effect));
    run(command);
    return out;
  }

  private Recordings add(short[] samples) {
    parts.add(samples);
    frames += samples.length;
    return this;
  }

  short[] speak(String voice, String text) throws Exception {
    String[] engine = voice.split(":");
    Path raw = Files.createTempFile(dir, "voice-", ".wav");
    Path out = Files.createTempFile(dir, "voice-", ".16k.wav");
    if (engine[0].equals("flite")) {
      run(List.of("flite", "-voice", engine[1], "-t", text, "-o", raw.toString()));
    } else {
      run(List.of("espeak-ng", "-v", engine[1], "-s", "150", "-w", raw.toString(), text));
    }
    run(
        List.of(
            "sox",
            "-R",
            raw.toString(),
            "-r",
            "16000",
            "-c",
            "1",
            "-b",
            "16",
            out.toString(),
            "norm",
            "-3"));
    return Wav.read(Files.readAllBytes(out)).samples();
  }

  static void run(List<String> command) throws Exception {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError(
          command.get(0) + " is missing: run scripts/test-deps (it installs flite, espeak-ng, sox)",
          e);
    }
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    p.getInputStream().transferTo(said);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + ": " + said).isZero();
  }
}
