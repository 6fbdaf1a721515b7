package dev.limber.cli;

import dev.limber.session.Ambient;
import dev.limber.session.Count;
import dev.limber.speech.VoiceSettings;
import dev.limber.timeline.TimelineSettings;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The voice, counting and breathing options shared by play, render and say. */
final class VoiceOptions {
  static final int QUIETEST_DB = -40;

  /**
   * Above 0 dB the loudest peaks of speech go past the -1 dBTP ceiling; 3 dB is as far as the
   * engine's gain goes.
   */
  static final int LOUDEST_DB = 3;

  @Option(
      names = "--rate",
      paramLabel = "WPM",
      description =
          "Speech rate in words a minute as a listener counts them, 80 to 250 (default: ${DEFAULT-VALUE}).")
  int rate = VoiceSettings.CALM_RATE;

  @Option(
      names = "--pitch",
      paramLabel = "HZ",
      description = "Voice pitch in hertz, 50 to 200 (default: ${DEFAULT-VALUE}).")
  int pitch = VoiceSettings.DEFAULT_PITCH;

  @Option(
      names = "--volume",
      paramLabel = "DB",
      description =
          "Volume in decibels relative to the mastered level (about -16 LUFS), "
              + "from "
              + QUIETEST_DB
              + " to +"
              + LOUDEST_DB
              + " (default: ${DEFAULT-VALUE}).")
  double volume = 0;

  @Option(
      names = "--count",
      paramLabel = "MODE",
      description = "Count every hold this way: up, down, last5, breaths, none.",
      converter = CountConverter.class)
  Count count;

  @Option(names = "--no-breathing", description = "Do not pace breathing.")
  boolean noBreathing;

  @Option(
      names = "--ambient",
      paramLabel = "NAME",
      description =
          "A soft bed under the session: rain, waves, drone, or none (default: the session's own).",
      converter = AmbientConverter.class)
  Ambient ambient;

  /** A gain (as the engine keeps it) in the decibels {@code --volume} takes, within its range. */
  static double decibels(double gain) {
    return gain <= 0
        ? QUIETEST_DB
        : Math.max(QUIETEST_DB, Math.min(LOUDEST_DB, 20 * Math.log10(gain)));
  }

  VoiceSettings voice() {
    try {
      if (!(volume >= QUIETEST_DB && volume <= LOUDEST_DB)) {
        throw new IllegalArgumentException(
            "volume must be from " + QUIETEST_DB + " to +" + LOUDEST_DB + " dB, found " + volume);
      }
      return new VoiceSettings(rate, pitch, dev.limber.audio.Loudness.gain(volume));
    } catch (IllegalArgumentException e) {
      throw new LimberException(Exit.USAGE, e.getMessage());
    }
  }

  TimelineSettings timeline() {
    return new TimelineSettings(
        voice().rate(), Optional.ofNullable(count), !noBreathing, Optional.ofNullable(ambient));
  }

  /** Accepts the same words as the session format. */
  static final class AmbientConverter implements picocli.CommandLine.ITypeConverter<Ambient> {
    @Override
    public Ambient convert(String value) {
      for (Ambient a : Ambient.values()) {
        if (a.jsonName().equals(value)) {
          return a;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "expected rain, waves, drone or none, found '" + value + "'");
    }
  }

  /** Accepts the same words as the session format. */
  static final class CountConverter implements picocli.CommandLine.ITypeConverter<Count> {
    @Override
    public Count convert(String value) {
      for (Count c : Count.values()) {
        if (c.jsonName().equals(value)) {
          return c;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "expected up, down, last5, breaths or none, found '" + value + "'");
    }
  }
}
