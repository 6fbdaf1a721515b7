package dev.limber.session;

import java.util.List;

/** The timed part of a step: a static hold, or repetitions paced by a tempo. */
public sealed interface Exercise {

  /** Seconds one side of one set takes. */
  int seconds();

  /** A static hold of a whole number of seconds. */
  record Hold(int seconds) implements Exercise {
    public Hold {
      Limits.check(seconds, 1, Limits.HOLD_MAX, "hold");
    }
  }

  /** Repetitions, each made of the tempo's phases in order. */
  record Reps(int count, List<TempoPhase> tempo) implements Exercise {
    public Reps {
      Limits.check(count, 1, Limits.REPS_MAX, "reps");
      tempo = List.copyOf(tempo);
      Limits.check(tempo.size(), 1, Limits.TEMPO_PHASES_MAX, "tempo phases");
    }

    public int repSeconds() {
      return tempo.stream().mapToInt(TempoPhase::seconds).sum();
    }

    @Override
    public int seconds() {
      return count * repSeconds();
    }
  }
}
