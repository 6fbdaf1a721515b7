package dev.limber.cli;

import dev.limber.session.Count;
import dev.limber.speech.VoiceSettings;
import dev.limber.timeline.TimelineSettings;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The voice, counting and breathing options shared by play, render and say. */
final class VoiceOptions {
  @Option(names = "--rate", paramLabel = "WPM", description = "Speech rate in words a minute, 80 to 250 (default: ${DEFAULT-VALUE}).")
  int rate = VoiceSettings.CALM_RATE;

  @Option(names = "--pitch", paramLabel = "HZ", description = "Voice pitch in hertz, 50 to 200 (default: ${DEFAULT-VALUE}).")
  int pitch = VoiceSettings.DEFAULT_PITCH;

  @Option(names = "--volume", paramLabel = "GAIN", description = "Volume from 0 to 1.5 (default: ${DEFAULT-VALUE}).")
  double volume = 1.0;

  @Option(names = "--count", paramLabel = "MODE", description = "Count every hold this way: up, down, last5, breaths, none.",
      converter = CountConverter.class)
  Count count;

  @Option(names = "--no-breathing", description = "Do not pace breathing.")
  boolean noBreathing;

  VoiceSettings voice() {
    try {
      return new VoiceSettings(rate, pitch, volume);
    } catch (IllegalArgumentException e) {
      throw new LimberException(Exit.USAGE, e.getMessage());
    }
  }

  TimelineSettings timeline() {
    return new TimelineSettings(voice().rate(), Optional.ofNullable(count), !noBreathing);
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
      throw new picocli.CommandLine.TypeConversionException("expected up, down, last5, breaths or none, found '" + value + "'");
    }
  }
}
