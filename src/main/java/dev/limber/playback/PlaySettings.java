package dev.limber.playback;

import dev.limber.speech.VoiceSettings;
import dev.limber.timeline.TimelineSettings;
import java.util.Optional;

/**
 * How to play one session.
 *
 * @param timeline counting, breathing and the rate the session is compiled at
 * @param voice the voice's rate, pitch and volume
 * @param device part of the name of the output to play on, or empty for the default one
 * @param soundRequired fail when there is no sound card, and when it is lost mid-session, instead
 *     of going on with captions alone: for a headless run, where nobody would see them
 */
public record PlaySettings(
    TimelineSettings timeline,
    VoiceSettings voice,
    Optional<String> device,
    boolean soundRequired) {
  public static final PlaySettings DEFAULT =
      new PlaySettings(TimelineSettings.DEFAULT, VoiceSettings.DEFAULT, Optional.empty(), false);

  public PlaySettings {
    if (timeline.rate() != voice.rate()) {
      throw new IllegalArgumentException(
          "the timeline's rate " + timeline.rate() + " is not the voice's " + voice.rate());
    }
  }

  /** The timeline settings at another speech rate: counting, breathing and the bed kept. */
  TimelineSettings timelineAt(int rate) {
    return timeline.withRate(rate);
  }
}
