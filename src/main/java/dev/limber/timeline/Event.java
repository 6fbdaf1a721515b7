package dev.limber.timeline;

/**
 * Something placed on the timeline, from {@code start} (inclusive) to {@code end} (exclusive), in
 * frames.
 */
public sealed interface Event permits Event.Say, Event.Sound, Event.Segment {
  long start();

  long end();

  /** Index of the step it belongs to, from 0; -1 for the intro and outro. */
  int step();

  /** Short lowercase name of the kind of event, as written in the timeline file. */
  String kind();

  /** Text spoken, sound played or phase begun. */
  String text();

  default long frames() {
    return end() - start();
  }

  /** A phrase spoken at {@code rate} words a minute. */
  record Say(long start, long end, int step, String text, int rate, Role role) implements Event {
    public Say {
      checkSpan(start, end);
    }

    public String kind() {
      return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** A sound from the audio folder, such as the chime that opens a step. */
  record Sound(long start, long end, int step, String name, Role role) implements Event {
    public Sound {
      checkSpan(start, end);
    }

    public String kind() {
      return role == Role.BREATH
          ? "breath-tone"
          : role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String text() {
      return name;
    }
  }

  /**
   * A stretch of the session with one phase; the display follows these. {@code side} is 0 for a
   * one-sided step, 1 for left and 2 for right; {@code set} counts from 1.
   */
  record Segment(long start, long end, int step, Phase phase, int side, int set, int sets)
      implements Event {
    public Segment {
      checkSpan(start, end);
    }

    public String kind() {
      return "phase";
    }

    public String text() {
      return phase.label();
    }
  }

  private static void checkSpan(long start, long end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
