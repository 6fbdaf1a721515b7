package dev.limber.audio;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/**
 * The sound inputs, for voice commands: opened at 16 kHz, 16-bit mono, the recognizer's format.
 * javax.sound stays in this package; the voice face gets a plain stream of samples.
 */
public final class Microphone {
  private static final DataLine.Info LINE =
      new DataLine.Info(TargetDataLine.class, Devices.format(Pcm.SAMPLE_RATE));

  /** 100 ms of capture buffer: the recognizer reads it in blocks of this size or less. */
  private static final int BUFFER_BYTES = Pcm.SAMPLE_RATE / 10 * 2;

  private Microphone() {}

  /** Every mixer that can record 16 kHz 16-bit mono, the one {@link #open} takes first. */
  public static List<Devices.Device> inputs() {
    return preferenceOrder().stream()
        .filter(Microphone::canRecord)
        .map(m -> new Devices.Device(m.getName(), m.getDescription(), m))
        .toList();
  }

  /**
   * Starts recording from the input named (a case-insensitive part of its name) or the default one;
   * closing the stream closes the device. 16 kHz, 16-bit, mono, little-endian PCM, paced by the
   * device.
   *
   * @throws IOException in one line when there is no such input, or it is busy
   */
  public static InputStream open(Optional<String> name) throws IOException {
    List<Mixer.Info> candidates =
        name.isPresent()
            ? mixers().stream().filter(m -> contains(m, name.get())).toList()
            : preferenceOrder();
    Optional<Mixer.Info> chosen = candidates.stream().filter(Microphone::canRecord).findFirst();
    if (chosen.isEmpty()) {
      throw new IOException(
          name.map(n -> "no microphone matches '" + n + "'").orElse("no microphone found"));
    }
    try {
      TargetDataLine line = (TargetDataLine) AudioSystem.getMixer(chosen.get()).getLine(LINE);
      line.open(Devices.format(Pcm.SAMPLE_RATE), BUFFER_BYTES);
      line.start();
      return new AudioInputStream(line);
    } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
      throw new IOException(
          "the microphone "
              + chosen.get().getName()
              + " cannot be opened (busy?): "
              + e.getMessage(),
          e);
    }
  }

  private static List<Mixer.Info> preferenceOrder() {
    List<Mixer.Info> all = mixers();
    List<Mixer.Info> ordered =
        new java.util.ArrayList<>(all.stream().filter(m -> contains(m, "default")).toList());
    all.stream().filter(m -> !contains(m, "default")).forEach(ordered::add);
    return ordered;
  }

  private static List<Mixer.Info> mixers() {
    try {
      return List.of(AudioSystem.getMixerInfo());
    } catch (RuntimeException | Error e) {
      return List.of();
    }
  }

  private static boolean canRecord(Mixer.Info info) {
    try {
      return AudioSystem.getMixer(info).isLineSupported(LINE);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean contains(Mixer.Info info, String part) {
    return info.getName().toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
  }
}
