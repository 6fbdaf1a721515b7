package dev.limber.ui;

import dev.limber.engine.EngineListener;
import dev.limber.engine.EngineState;
import dev.limber.session.Breathing;
import dev.limber.session.Session;
import dev.limber.timeline.Event;
import dev.limber.timeline.Timeline;

/**
 * How full the breathing bar is, from 0 to 1: it fills on "in", stays full on "hold" and empties on
 * "out". Measured on the engine's own clock, its position in frames from the start of the phase
 * under way, so that the bar moves with the voice, stands still in a pause and never drifts. Hears
 * where phases start as a listener (returning at once); read on the screen's thread.
 */
final class BreathGauge implements EngineListener {
  private final Session session;
  private volatile Event.Segment segment;

  BreathGauge(Session session) {
    this.session = session;
  }

  @Override
  public void onEvent(Event event, EngineState state) {
    if (event instanceof Event.Segment s) {
      segment = s;
    }
  }

  double fill(EngineState s) {
    Event.Segment seg = segment;
    if (s.breath() == EngineState.Breath.NONE
        || seg == null
        || seg.step() + 1 != s.step()
        || seg.phase() != s.phase()
        || s.position() < seg.start()
        || s.step() < 1
        || s.step() > session.steps().size()) {
      return 0;
    }
    Breathing b = session.steps().get(s.step() - 1).breathing().orElse(null);
    if (b == null) {
      return 0;
    }
    double second =
        (double) ((s.position() - seg.start()) % ((long) b.cycleSeconds() * Timeline.SAMPLE_RATE))
            / Timeline.SAMPLE_RATE;
    return switch (s.breath()) {
      case IN -> Math.min(1, second / b.inhale());
      case HOLD -> 1;
      case OUT -> Math.max(0, 1 - (second - b.inhale() - b.hold()) / b.exhale());
      case NONE -> 0;
    };
  }
}
