package dev.limber.session;

import java.util.List;
import java.util.Optional;

/**
 * One step of a session with every default already applied, so nothing downstream needs to know
 * about {@code defaults}.
 */
public record Step(
    String name,
    List<String> say,
    Exercise exercise,
    int sets,
    Sides sides,
    int prepare,
    int rest,
    Count count,
    Optional<Breathing> breathing,
    List<Cue> cues,
    Optional<String> sound) {

  public Step {
    Limits.checkText(name, Limits.NAME_MAX, "name");
    say = List.copyOf(say);
    say.forEach(line -> Limits.checkText(line, Limits.SPOKEN_MAX, "instruction"));
    Limits.check(sets, 1, Limits.SETS_MAX, "sets");
    Limits.check(prepare, 0, Limits.PREPARE_MAX, "prepare");
    Limits.check(rest, 0, Limits.REST_MAX, "rest");
    cues = List.copyOf(cues);
    if (!cues.isEmpty()
        && !(exercise instanceof Exercise.Hold hold
            && cues.stream().allMatch(c -> c.at() < hold.seconds()))) {
      throw new IllegalArgumentException("cues must fall within a hold");
    }
    if (count == Count.BREATHS && breathing.isEmpty()) {
      throw new IllegalArgumentException("counting breaths needs a breathing pattern");
    }
  }

  /** Number of sides the timed part is done on: 1 or 2. */
  public int sideCount() {
    return sides == Sides.BOTH ? 2 : 1;
  }

  /**
   * Seconds of fixed timing in this step (prepare, timed parts, rests between sets), speech
   * excluded.
   */
  public int timedSeconds() {
    return sideCount() * (prepare + sets * exercise.seconds() + (sets - 1) * rest);
  }
}
