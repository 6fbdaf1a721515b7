package dev.limber.ui;

import dev.limber.engine.EngineListener;
import dev.limber.engine.EngineState;
import dev.limber.engine.KeyTable;
import dev.limber.playback.Outcome;
import dev.limber.session.Exercise;
import dev.limber.session.Session;
import dev.limber.session.Sides;
import dev.limber.session.Step;
import dev.limber.text.Durations;
import dev.limber.timeline.Event;
import dev.limber.timeline.Role;
import dev.limber.timeline.Timeline;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Plain mode: one line per event a person needs ("Step 3 of 8: Knee to chest, hold 20 seconds on
 * each side"), never a line per second, so a screen reader keeps up. With {@code verbose}, every
 * spoken phrase is printed too. Lines are printed on a thread of their own, so a slow terminal
 * never holds up the audio.
 */
public final class PlainUi implements EngineListener, AutoCloseable {
  private final Session session;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean verbose;
  private final boolean showKeys;
  private final ExecutorService printer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "plain-output");
            t.setDaemon(true);
            return t;
          });

  /**
   * @param showKeys whether to list the keys in the first line (when they come from a terminal)
   */
  public PlainUi(
      Session session, PrintWriter out, PrintWriter err, boolean verbose, boolean showKeys) {
    this.session = session;
    this.out = out;
    this.err = err;
    this.verbose = verbose;
    this.showKeys = showKeys;
  }

  @Override
  public void onReady(EngineState state) {
    long seconds = (state.length() + Timeline.SAMPLE_RATE - 1) / Timeline.SAMPLE_RATE;
    print(
        session.title()
            + ": "
            + Durations.count(session.steps().size(), "step")
            + ", "
            + Durations.inWords(seconds)
            + "."
            + (state.captionsOnly() ? " No sound: captions only." : "")
            + (showKeys ? " " + KeyTable.oneLine() : ""));
  }

  @Override
  public void onEvent(Event event, EngineState state) {
    lineFor(event, state.captionsOnly()).ifPresent(this::print);
  }

  @Override
  public void onNotice(String words, EngineState state) {
    print(words);
  }

  @Override
  public void onWarning(String message) {
    printer.execute(() -> err.println("limber: " + message));
  }

  /** Prints how the run ended; a failure is left to the error line. */
  public void ended(Outcome outcome) {
    Summary.of(outcome).ifPresent(this::print);
  }

  Optional<String> lineFor(Event event, boolean captionsOnly) {
    if (event instanceof Event.Segment segment) {
      return segmentLine(segment, captionsOnly);
    }
    if (event instanceof Event.Say say) {
      boolean wanted =
          verbose
              ? say.role() != Role.TITLE && say.role() != Role.NAME
              : say.role() == Role.CUE || say.role() == Role.MARK || say.role() == Role.PREVIEW;
      return wanted ? Optional.of(say.text()) : Optional.empty();
    }
    return Optional.empty();
  }

  private Optional<String> segmentLine(Event.Segment s, boolean captionsOnly) {
    if (s.step() < 0) {
      return Optional.empty();
    }
    Step step = session.steps().get(s.step());
    String side = s.side() == 1 ? "Left side" : s.side() == 2 ? "Right side" : "";
    String set = s.sets() > 1 ? "set " + s.set() + " of " + s.sets() : "";
    return switch (s.phase()) {
      case INSTRUCTIONS ->
          Optional.of(
              "Step "
                  + (s.step() + 1)
                  + " of "
                  + session.steps().size()
                  + ": "
                  + step.name()
                  + ", "
                  + what(step)
                  + (captionsOnly ? " (no sound)" : ""));
      // the step line said what the step is; a side or a set is worth a line of its own
      case HOLD, REPS ->
          side.isEmpty() && set.isEmpty()
              ? Optional.empty()
              : Optional.of(
                  side.isEmpty() ? capitalized(set) : set.isEmpty() ? side : side + ", " + set);
      case REST -> Optional.of("Rest " + Durations.inWords(s.frames() / Timeline.SAMPLE_RATE));
      default -> Optional.empty();
    };
  }

  /** "hold 30 seconds on each side", "2 sets of 10 repetitions". */
  private static String what(Step step) {
    String one =
        step.exercise() instanceof Exercise.Reps reps
            ? Durations.count(reps.count(), "repetition")
            : "hold " + Durations.inWords(step.exercise().seconds());
    String sets = step.sets() > 1 ? step.sets() + " sets, " : "";
    return sets + one + (step.sides() == Sides.BOTH ? " on each side" : "");
  }

  private static String capitalized(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private void print(String line) {
    printer.execute(
        () -> {
          out.println(line);
          out.flush();
        });
  }

  /** Prints what is still queued. */
  @Override
  public void close() {
    printer.shutdown();
    try {
      printer.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    out.flush();
    err.flush();
  }
}
