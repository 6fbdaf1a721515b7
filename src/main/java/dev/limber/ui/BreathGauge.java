package dev.limber.ui;

import dev.limber.engine.EngineState;
import dev.limber.session.Breathing;
import dev.limber.session.Session;
import dev.limber.timeline.Timeline;

/**
 * How far into the current phase of a paced breath the run is, from 0 to 1, measured on the
 * engine's own clock (its position in frames) so that the bar moves with the voice, stands still in
 * a pause and never drifts. Called on the screen's thread only.
 */
final class BreathGauge {
  private final Session session;
  private EngineState.Breath phase = EngineState.Breath.NONE;
  private int step;
  private long since;

  BreathGauge(Session session) {
    this.session = session;
  }

  double fill(EngineState s) {
    if (s.breath() != phase || s.step() != step || s.position() < since) {
      phase = s.breath();
      step = s.step();
      since = s.position();
    }
    if (phase == EngineState.Breath.NONE || s.step() < 1 || s.step() > session.steps().size()) {
      return 0;
    }
    Breathing b = session.steps().get(s.step() - 1).breathing().orElse(null);
    if (b == null) {
      return 0;
    }
    int seconds = phase == EngineState.Breath.IN ? b.inhale() : phase == EngineState.Breath.OUT ? b.exhale() : Math.max(1, b.hold());
    // one block after the phase began is already part of it
    return Math.min(1, (double) (s.position() - since + Timeline.SAMPLE_RATE / 100) / ((long) seconds * Timeline.SAMPLE_RATE));
  }
}
