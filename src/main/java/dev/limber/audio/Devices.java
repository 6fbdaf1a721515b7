package dev.limber.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;

/**
 * The sound outputs javax.sound knows of. On Linux, OpenJDK lists ALSA's {@code default} first,
 * then each card.
 */
public final class Devices {
  /** Rates tried in order when a device refuses 16 kHz; the engine's audio is resampled to them. */
  static final float[] RATES = {Pcm.SAMPLE_RATE, 48_000, 44_100};

  private Devices() {}

  /** An output device: its name and description as javax.sound reports them. */
  public record Device(String name, String description, Mixer.Info info) {}

  /** Every mixer that can play 16-bit mono audio at one of the rates Limber uses. */
  public static List<Device> outputs() {
    return mixers().stream().filter(Devices::canPlay).map(Devices::device).toList();
  }

  /**
   * The device named (a case-insensitive part of its name), or the preferred default when {@code
   * name} is empty. Names are matched first and only the candidates, in order of preference, are
   * asked whether they can play: asking opens the card, a few milliseconds each, and a card that
   * another program holds may not answer at all.
   */
  public static Optional<Device> choose(Optional<String> name) {
    List<Mixer.Info> candidates =
        name.isPresent()
            ? mixers().stream().filter(m -> nameContains(m, name.get())).toList()
            : preferenceOrder(mixers());
    return candidates.stream().filter(Devices::canPlay).findFirst().map(Devices::device);
  }

  /** Of outputs already known to play, the one {@link #choose} takes when none is named. */
  public static Optional<Device> preferred(List<Device> outputs) {
    return preferenceOrder(outputs.stream().map(Device::info).toList()).stream()
        .findFirst()
        .map(Devices::device);
  }

  /** Under PulseAudio or PipeWire the hw: cards are often busy, so ALSA's "default" comes first. */
  private static List<Mixer.Info> preferenceOrder(List<Mixer.Info> mixers) {
    List<Mixer.Info> ordered =
        new ArrayList<>(mixers.stream().filter(m -> nameContains(m, "default")).toList());
    mixers.stream().filter(m -> !nameContains(m, "default")).forEach(ordered::add);
    return ordered;
  }

  private static List<Mixer.Info> mixers() {
    try {
      return List.of(AudioSystem.getMixerInfo());
    } catch (RuntimeException | Error e) {
      return List.of(); // no sound system at all (say, no libasound) is no devices
    }
  }

  private static boolean canPlay(Mixer.Info info) {
    try {
      Mixer mixer = AudioSystem.getMixer(info);
      for (float rate : RATES) {
        if (mixer.isLineSupported(new DataLine.Info(SourceDataLine.class, format(rate)))) {
          return true;
        }
      }
      return false;
    } catch (RuntimeException e) {
      return false; // a device that cannot even be asked is not one we can play on
    }
  }

  private static boolean nameContains(Mixer.Info info, String part) {
    return info.getName().toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
  }

  private static Device device(Mixer.Info info) {
    return new Device(info.getName(), info.getDescription(), info);
  }

  static AudioFormat format(float rate) {
    return new AudioFormat(rate, 16, 1, true, false);
  }
}
