package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code play --listen} end to end, in a forked JVM on a captured ALSA device paced in real time:
 * its playback side is the file plugin piped into a reader that takes 16 kHz in real time, its
 * capture side reads a FIFO that a feeder here fills in real time from a prepared recording. The
 * user says "limber pause" in the hold and "limber resume" four seconds later: the session pauses
 * where the command was, and goes on.
 */
class PlayListenIT {
  private static final int RATE = Recordings.RATE;
  private static final String SESSION =
      "{\"format\": 1, \"id\": \"listen\", \"title\": \"Listen\","
          + " \"defaults\": {\"prepare\": 0, \"rest\": 1},"
          + " \"steps\": [{\"name\": \"Reach\", \"hold\": 16, \"count\": \"none\"}]}";

  @TempDir Path home;

  @Test
  void limberPauseInAHoldPausesTheSessionThereAndLimberResumeGoesOn() throws Exception {
    Path session = home.resolve("listen.json");
    Files.writeString(session, SESSION);
    // said 6 s in: the captured device gives zeros while it starts and restarts its recording,
    // which made the recognizer take its first 7 s for speech until sphinx.xml's minSignal
    Recordings mic = new Recordings(home).quiet(6).say("flite:slt", "pause").quiet(4);
    mic.say("flite:slt", "resume").quiet(12);
    byte[] heard = pcm(mic.write("mic.wav"));
    double pauseSaid = mic.expected().get(0).end();
    Path played = home.resolve("played.raw");
    Path fifo = home.resolve("mic.fifo");
    Recordings.run(List.of("mkfifo", fifo.toString()));
    Path reader = home.resolve("reader.py");
    Files.writeString(
        reader,
        "import sys, time\n"
            + "out = open(sys.argv[1], 'wb'); start = time.monotonic(); got = 0\n"
            + "while True:\n"
            + "    b = sys.stdin.buffer.read(640)\n"
            + "    if not b: break\n"
            + "    out.write(b); out.flush(); got += len(b)\n"
            + "    d = start + got / 32000.0 - time.monotonic()\n"
            + "    if d > 0: time.sleep(d)\n");
    Files.writeString(
        home.resolve(".asoundrc"),
        "pcm.!default {\n  type file\n  slave.pcm \"null\"\n  file \"|python3 "
            + reader
            + " "
            + played
            + "\"\n  infile \""
            + fifo
            + "\"\n  format \"raw\"\n}\n");
    Thread feeder = new Thread(() -> feed(fifo, heard), "mic-feeder");
    feeder.setDaemon(true);
    feeder.start();

    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "play",
            session.toString(),
            "--plain",
            "--listen");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("HOME", home.toString());
    builder.environment().put("LIMBER_HOME", home.resolve("limber").toString());
    Process p = builder.start();
    p.getOutputStream().close();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      out.lines().forEach(lines::add);
    }
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("%s", lines).isZero();
    assertThat(lines)
        .as("%s", lines)
        .containsSubsequence("Step 1 of 1: Reach, hold 16 seconds", "Paused.", "Resumed.");
    assertThat(String.join("\n", lines)).doesNotContain("limber:", "Exception");

    // the first sound after "And hold." is the tone and "Paused.", a moment after the words
    short[] s = samples(Files.readAllBytes(played));
    int answer = firstSoundAfter(s, firstSilenceAfter(s, 0));
    assertThat(answer / (double) RATE)
        .as("the pause is answered where it was said")
        .isCloseTo(pauseSaid + 0.5, within(1.5));
    // and the hold went on after it: four seconds of pause make the run that much longer
    assertThat(s.length / (double) RATE).isGreaterThan(16 + 4 + 2);
  }

  /**
   * Writes the recording into the FIFO at 32,000 bytes a second. javax.sound opens the capture
   * device to probe it before it records: each time the device is opened again, the recording
   * starts again from its beginning.
   */
  private static void feed(Path fifo, byte[] pcm) {
    while (true) {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        long start = System.nanoTime();
        for (int at = 0; at < pcm.length; at += 640) {
          out.write(pcm, at, Math.min(640, pcm.length - at));
          long due = start + (at + 640L) * 1_000_000_000L / (2L * RATE);
          long wait = due - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          }
        }
        return;
      } catch (IOException e) {
        // the device was closed after a probe: open it again
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static byte[] pcm(Path wav) throws IOException {
    byte[] all = Files.readAllBytes(wav);
    return java.util.Arrays.copyOfRange(all, 44, all.length);
  }

  private static short[] samples(byte[] raw) {
    short[] s = new short[raw.length / 2];
    ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
    return s;
  }

  /** The first 10 ms block from {@code from} with sound in it. */
  private static int firstSoundAfter(short[] s, int from) {
    for (int b = from; b + 160 <= s.length; b += 160) {
      if (peak(s, b) > 300) {
        return b;
      }
    }
    throw new AssertionError("no sound after " + from / (double) RATE + " s");
  }

  /** The end of the first stretch of two seconds of silence from {@code from}: the hold. */
  private static int firstSilenceAfter(short[] s, int from) {
    for (int b = from; b + 2 * RATE <= s.length; b += 160) {
      if (peak(s, b, 2 * RATE) <= 300) {
        return b + 2 * RATE;
      }
    }
    throw new AssertionError("no silence after " + from / (double) RATE + " s");
  }

  private static int peak(short[] s, int from) {
    return peak(s, from, 160);
  }

  private static int peak(short[] s, int from, int frames) {
    int peak = 0;
    for (int i = from; i < from + frames; i++) {
      peak = Math.max(peak, Math.abs(s[i]));
    }
    return peak;
  }
}
