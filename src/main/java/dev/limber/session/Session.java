package dev.limber.session;

import java.util.List;
import java.util.Optional;

/** A whole session script, validated, with defaults applied to each step. */
public record Session(
    String id, String title, Optional<String> summary, List<String> intro, List<String> outro, List<Step> steps) {

  public Session {
    if (id == null || !id.matches(Limits.ID_PATTERN)) {
      throw new IllegalArgumentException("bad session id: " + id);
    }
    Limits.checkText(title, Limits.TITLE_MAX, "title");
    intro = List.copyOf(intro);
    outro = List.copyOf(outro);
    steps = List.copyOf(steps);
    Limits.check(steps.size(), 1, Limits.STEPS_MAX, "steps");
  }

  /** Seconds of fixed timing (prepare, holds, reps, rests), speech excluded; the last step has no rest. */
  public int timedSeconds() {
    int total = steps.stream().mapToInt(s -> s.timedSeconds() + s.rest()).sum();
    return total - steps.get(steps.size() - 1).rest();
  }
}
