package dev.limber.timeline;

import dev.limber.session.Breathing;

/**
 * Paces breathing in a window. Each phase of a pattern has its word ("Breathe in.", "Hold.", "And
 * out.") for the first two breaths and its own soft tone after, so the pattern guides without
 * nagging. When a hold is counted in breaths, the number opens each breath, with "Breathe in."
 * after it on the first breaths. A word must end before the next phase begins; one that does not
 * fit falls back to a shorter form, then to the phase's tone.
 */
final class BreathCues {
  static final int SPOKEN_BREATHS = 2;

  private final Window window;
  private final TimelineSettings settings;

  BreathCues(Window window, TimelineSettings settings) {
    this.window = window;
    this.settings = settings;
  }

  /**
   * Breaths starting at {@code firstSecond} of the window and ending before {@code seconds};
   * numbered when {@code counted}.
   */
  void place(Breathing pattern, int firstSecond, int seconds, boolean counted) {
    int breath = 0;
    for (int s = firstSecond; s < seconds; s += pattern.cycleSeconds(), breath++) {
      int hold = s + pattern.inhale();
      int exhale = hold + pattern.hold();
      inhale(s, Math.min(pattern.hold() > 0 ? hold : exhale, seconds), breath, counted);
      if (pattern.hold() > 0 && hold < seconds) {
        cue(hold, Math.min(exhale, seconds), breath, "Hold.", SoundNames.BREATH_HOLD);
      }
      if (exhale < seconds) {
        cue(
            exhale,
            Math.min(s + pattern.cycleSeconds(), seconds),
            breath,
            "And out.",
            SoundNames.BREATH_OUT);
      }
    }
  }

  private void inhale(int second, int until, int breath, boolean counted) {
    if (!counted) {
      cue(second, until, breath, "Breathe in.", SoundNames.BREATH_IN);
      return;
    }
    String number = NumberWords.capitalized(breath + 1) + ".";
    long at = window.at(second);
    long deadline = window.at(until);
    boolean said =
        breath < SPOKEN_BREATHS
            && window.trySay(at, deadline, number + " Breathe in.", settings.rate(), Role.COUNT);
    said = said || window.trySay(at, deadline, number, settings.rate(), Role.COUNT);
    said = said || window.trySay(at, deadline, number, settings.quickRate(), Role.COUNT);
    if (!said) {
      window.trySound(at, SoundNames.BREATH_IN, Role.BREATH);
    }
  }

  private void cue(int second, int until, int breath, String words, String tone) {
    long at = window.at(second);
    boolean spoken =
        breath < SPOKEN_BREATHS
            && window.trySay(at, window.at(until), words, settings.rate(), Role.BREATH);
    if (!spoken) {
      window.trySound(at, tone, Role.BREATH);
    }
  }
}
