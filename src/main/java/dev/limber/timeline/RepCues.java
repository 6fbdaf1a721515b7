package dev.limber.timeline;

import dev.limber.session.Exercise;
import dev.limber.session.TempoPhase;
import java.util.List;

/**
 * Paces repetitions: each phase's words at its start, the repetition's number with the first phase.
 * Words that do not fit their phase fall back to shorter ones, or are left out.
 */
final class RepCues {
  private final Window window;
  private final TimelineSettings settings;

  RepCues(Window window, TimelineSettings settings) {
    this.window = window;
    this.settings = settings;
  }

  void place(Exercise.Reps reps) {
    List<TempoPhase> tempo = reps.tempo();
    long repStart = window.start();
    for (int rep = 1; rep <= reps.count(); rep++) {
      long phaseStart = repStart;
      for (int p = 0; p < tempo.size(); p++) {
        TempoPhase phase = tempo.get(p);
        long phaseEnd = phaseStart + (long) phase.seconds() * Timeline.SAMPLE_RATE;
        String say = phase.say();
        String number = NumberWords.capitalized(rep) + ".";
        List<String> candidates = p == 0 ? List.of(number + " " + say, say, number) : List.of(say);
        for (String text : candidates) {
          if (window.trySay(phaseStart, phaseEnd, text, settings.rate(), Role.REP)) {
            break;
          }
        }
        phaseStart = phaseEnd;
      }
      repStart = phaseStart;
    }
  }
}
