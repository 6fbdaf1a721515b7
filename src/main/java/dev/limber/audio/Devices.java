package dev.limber.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;

/** The sound outputs javax.sound knows of. On Linux, OpenJDK lists ALSA's {@code default} first, then each card. */
public final class Devices {
  /** Rates tried in order when a device refuses 16 kHz; the engine's audio is resampled to them. */
  static final float[] RATES = {Pcm.SAMPLE_RATE, 48_000, 44_100};

  private Devices() {}

  /** An output device: its name and description as javax.sound reports them. */
  public record Device(String name, String description, Mixer.Info info) {}

  /** Every mixer that can play 16-bit mono audio at one of the rates Limber uses. */
  public static List<Device> outputs() {
    List<Device> found = new ArrayList<>();
    Mixer.Info[] infos;
    try {
      infos = AudioSystem.getMixerInfo();
    } catch (RuntimeException | Error e) {
      return found;
    }
    for (Mixer.Info info : infos) {
      try {
        Mixer mixer = AudioSystem.getMixer(info);
        for (float rate : RATES) {
          if (mixer.isLineSupported(new DataLine.Info(SourceDataLine.class, format(rate)))) {
            found.add(new Device(info.getName(), info.getDescription(), info));
            break;
          }
        }
      } catch (RuntimeException e) {
        // a device that cannot even be asked is not one we can play on
      }
    }
    return found;
  }

  /** The device named (a case-insensitive part of its name), or the preferred default when {@code name} is empty. */
  public static Optional<Device> choose(Optional<String> name) {
    List<Device> all = outputs();
    if (name.isPresent()) {
      String wanted = name.get().toLowerCase(java.util.Locale.ROOT);
      return all.stream().filter(d -> d.name().toLowerCase(java.util.Locale.ROOT).contains(wanted)).findFirst();
    }
    // under PulseAudio or PipeWire the hw: cards are often busy, so ALSA's "default" comes first
    return all.stream().filter(d -> d.name().toLowerCase(java.util.Locale.ROOT).contains("default")).findFirst()
        .or(() -> all.stream().findFirst());
  }

  static AudioFormat format(float rate) {
    return new AudioFormat(rate, 16, 1, true, false);
  }
}
