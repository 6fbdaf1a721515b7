package dev.limber.engine;

import dev.limber.session.Session;
import dev.limber.session.Step;
import dev.limber.timeline.Phase;
import java.util.List;

/**
 * What "where am I" says: the step, what comes next, and about how long the session has left. Pure.
 */
final class Where {
  private Where() {}

  /** The phrases to say, in order, each one of {@link Acknowledgements#all}. */
  static List<String> at(EngineState state, Session session) {
    List<Step> steps = session.steps();
    String left = Acknowledgements.timeLeft(state.secondsLeftInSession());
    if (state.phase() == Phase.OUTRO) {
      return List.of(Acknowledgements.CLOSING, left);
    }
    if (state.step() == 0) {
      return List.of(Acknowledgements.INTRODUCTION, Acknowledgements.first(steps.get(0)), left);
    }
    Step step = steps.get(state.step() - 1);
    String next =
        state.step() < steps.size()
            ? Acknowledgements.next(steps.get(state.step()))
            : Acknowledgements.LAST_STEP;
    return List.of(Acknowledgements.stepOf(state.step(), steps.size(), step), next, left);
  }
}
