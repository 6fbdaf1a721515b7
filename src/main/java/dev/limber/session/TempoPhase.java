package dev.limber.session;

/** One phase of a repetition: what is said at its start and how long it lasts. */
public record TempoPhase(String say, int seconds) {
  public TempoPhase {
    Limits.checkText(say, Limits.SPOKEN_MAX, "tempo phase");
    Limits.check(seconds, 1, Limits.TEMPO_SECONDS_MAX, "tempo seconds");
  }
}
