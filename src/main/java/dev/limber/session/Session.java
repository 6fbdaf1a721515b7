package dev.limber.session;

import java.util.List;
import java.util.Optional;

/**
 * A whole session script, validated, with defaults applied to each step; {@code pace} sets the
 * pauses between sentences and {@code ambient} names the bed played under it, if any.
 */
public record Session(
    String id,
    String title,
    Optional<String> summary,
    List<String> intro,
    List<String> outro,
    List<Step> steps,
    Pace pace,
    Optional<Ambient> ambient) {

  /** A session at the calm pace with no ambient bed. */
  public Session(
      String id,
      String title,
      Optional<String> summary,
      List<String> intro,
      List<String> outro,
      List<Step> steps) {
    this(id, title, summary, intro, outro, steps, Pace.CALM, Optional.empty());
  }

  public Session {
    java.util.Objects.requireNonNull(pace, "pace");
    java.util.Objects.requireNonNull(ambient, "ambient");
    if (id == null || !id.matches(Limits.ID_PATTERN)) {
      throw new IllegalArgumentException("bad session id: " + id);
    }
    Limits.checkText(title, Limits.TITLE_MAX, "title");
    intro = List.copyOf(intro);
    outro = List.copyOf(outro);
    steps = List.copyOf(steps);
    Limits.check(steps.size(), 1, Limits.STEPS_MAX, "steps");
  }

  public Session withAmbient(Optional<Ambient> bed) {
    return new Session(id, title, summary, intro, outro, steps, pace, bed);
  }

  /**
   * Seconds of fixed timing (prepare, holds, reps, rests), speech excluded; the last step has no
   * rest.
   */
  public int timedSeconds() {
    int total = steps.stream().mapToInt(s -> s.timedSeconds() + s.rest()).sum();
    return total - steps.get(steps.size() - 1).rest();
  }
}
