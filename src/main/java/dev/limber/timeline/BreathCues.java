package dev.limber.timeline;

import dev.limber.session.Breathing;

/**
 * Paces breathing in a window: "Breathe in" and "And out" spoken for the first two breaths, then
 * soft tones at each inhale and exhale, so the pattern guides without nagging.
 */
final class BreathCues {
  private static final int SPOKEN_BREATHS = 2;

  private final Window window;
  private final int rate;

  BreathCues(Window window, int rate) {
    this.window = window;
    this.rate = rate;
  }

  /** Breaths starting at {@code firstSecond} of the window and ending before {@code seconds}. */
  void place(Breathing pattern, int firstSecond, int seconds) {
    int breath = 0;
    for (int s = firstSecond; s < seconds; s += pattern.cycleSeconds(), breath++) {
      cue(s, breath, "Breathe in.", SoundNames.BREATH_IN);
      int exhale = s + pattern.inhale() + pattern.hold();
      if (exhale < seconds) {
        cue(exhale, breath, "And out.", SoundNames.BREATH_OUT);
      }
    }
  }

  private void cue(int second, int breath, String words, String tone) {
    long at = window.at(second);
    boolean spoken = breath < SPOKEN_BREATHS && window.trySay(at, words, rate, Role.BREATH);
    if (!spoken) {
      window.trySound(at, tone, Role.BREATH);
    }
  }
}
