package dev.limber.engine;

import dev.limber.session.Session;
import dev.limber.session.Step;
import dev.limber.speech.VoiceSettings;
import dev.limber.timeline.Timeline;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every phrase the voice answers a command with. They live here, in one place, so that the phrases
 * made before playback (see {@link #all}) are exactly the ones the engine says: a phrase missing
 * from the list would be synthesized while the key waits for its answer.
 */
public final class Acknowledgements {
  static final String PAUSED = "Paused.";
  static final String RESUMED = "Resumed.";
  static final String STOPPED = "Stopped.";
  static final String NOTHING_TO_REPEAT = "Nothing to repeat yet.";
  static final String TO_THE_END = "Skipping to the end.";
  static final String FROM_THE_START = "From the start.";
  static final String FASTEST = "This is the fastest.";
  static final String SLOWEST = "This is the slowest.";
  static final String LOUDEST = "This is the loudest.";
  static final String SOFTEST = "This is the softest.";
  static final String INTRODUCTION = "The introduction.";
  static final String CLOSING = "The closing words.";
  static final String LAST_STEP = "This is the last step.";
  static final String UNDER_A_MINUTE = "Less than a minute left.";
  static final String BED_ON = "Sound bed on.";
  static final String BED_OFF = "Sound bed off.";
  static final String NO_BED = "This session has no sound bed.";
  static final String ASK_STOP = "Stop the session? Say 'Limber yes'.";
  static final String LISTENING = "Listening for voice commands.";
  static final String NOT_LISTENING = "Not listening.";
  static final String NO_LISTENING = "Voice commands are not available.";

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

  /** The answer to the key that toggles voice commands. */
  static String listening(ListeningSwitch.State state) {
    return switch (state) {
      case ON -> LISTENING;
      case OFF -> NOT_LISTENING;
      case UNAVAILABLE -> NO_LISTENING;
    };
  }

  /** The answer to a new rate: "Faster, 150." */
  static String rate(boolean faster, int rate) {
    return (faster ? "Faster, " : "Slower, ") + rate + ".";
  }

  /** The answer to a new volume, in whole tens of percent: "Volume 80 percent." */
  static String volume(double gain) {
    return "Volume " + VoiceSettings.volumePercent(gain) + " percent.";
  }

  /** "Step 3 of 8: Knee to chest." */
  static String stepOf(int number, int steps, Step step) {
    return "Step " + number + " of " + steps + ": " + step.name() + ".";
  }

  static String next(Step step) {
    return "Next: " + step.name() + ".";
  }

  static String first(Step step) {
    return "First: " + step.name() + ".";
  }

  /** How long the session has left, to the nearest minute. */
  static String timeLeft(long seconds) {
    long minutes = Math.round(seconds / 60.0);
    return seconds < 60
        ? UNDER_A_MINUTE
        : minutes == 1 ? "About a minute left." : "About " + minutes + " minutes left.";
  }

  /** Every acknowledgement a command can bring while {@code program} plays, each once. */
  public static List<String> all(Program program) {
    Session session = program.session();
    Set<String> phrases =
        new LinkedHashSet<>(
            List.of(
                PAUSED,
                RESUMED,
                STOPPED,
                NOTHING_TO_REPEAT,
                TO_THE_END,
                FROM_THE_START,
                FASTEST,
                SLOWEST,
                LOUDEST,
                SOFTEST,
                INTRODUCTION,
                CLOSING,
                LAST_STEP,
                BED_ON,
                BED_OFF,
                NO_BED,
                ASK_STOP,
                LISTENING,
                NOT_LISTENING,
                NO_LISTENING,
                KeyTable.spoken()));
    for (int rate : VoiceSettings.reachableRates(program.rate(), KeyTable.RATE_STEP)) {
      phrases.add(rate(true, rate));
      phrases.add(rate(false, rate));
    }
    for (int percent = 0;
        percent <= VoiceSettings.volumePercent(VoiceSettings.MAX_VOLUME);
        percent += 10) {
      phrases.add(volume(percent / 100.0));
    }
    List<Step> steps = session.steps();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      phrases.addAll(
          List.of(
              skippingTo(step),
              again(step),
              backTo(step),
              stepOf(i + 1, steps.size(), step),
              next(step)));
    }
    phrases.add(first(steps.get(0)));
    long minutes = Math.round(program.timeline().length() / (60.0 * Timeline.SAMPLE_RATE));
    for (long m = 0; m <= minutes; m++) {
      phrases.add(timeLeft(m * 60));
    }
    return new ArrayList<>(phrases);
  }
}
