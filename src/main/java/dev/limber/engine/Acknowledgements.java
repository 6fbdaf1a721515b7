package dev.limber.engine;

import dev.limber.session.Session;
import dev.limber.session.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Every phrase the voice answers a key with. They live here, in one list, so that the phrases made
 * before playback (see {@link #all}) are exactly the ones the engine says: a phrase missing from
 * the list would be synthesized while the key waits for its answer.
 */
public final class Acknowledgements {
  static final String PAUSED = "Paused.";
  static final String READY = "Ready.";
  static final String NOTHING_TO_REPEAT = "Nothing to repeat yet.";
  static final String TO_THE_END = "Skipping to the end.";
  static final String FROM_THE_START = "From the start.";
  static final String FASTER = "Faster.";
  static final String SLOWER = "Slower.";
  static final String FASTEST = "This is the fastest.";
  static final String SLOWEST = "This is the slowest.";

  private Acknowledgements() {}

  static String skippingTo(Step step) {
    return "Skipping to " + step.name() + ".";
  }

  static String again(Step step) {
    return "Again: " + step.name() + ".";
  }

  static String backTo(Step step) {
    return "Back to " + step.name() + ".";
  }

  /** Every acknowledgement a key can bring while {@code session} plays. */
  public static List<String> all(Session session) {
    List<String> phrases = new ArrayList<>(List.of(PAUSED, READY, NOTHING_TO_REPEAT, TO_THE_END, FROM_THE_START,
        FASTER, SLOWER, FASTEST, SLOWEST));
    for (Step step : session.steps()) {
      phrases.addAll(List.of(skippingTo(step), again(step), backTo(step)));
    }
    return phrases;
  }
}
