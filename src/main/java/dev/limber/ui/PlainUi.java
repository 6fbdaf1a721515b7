package dev.limber.ui;

import dev.limber.engine.EngineListener;
import dev.limber.engine.EngineState;
import dev.limber.session.Exercise;
import dev.limber.session.Session;
import dev.limber.session.Step;
import dev.limber.timeline.Event;
import dev.limber.timeline.Role;
import dev.limber.timeline.Timeline;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Plain mode: one line per event a person needs ("Step 3 of 8: Knee to chest, left side, hold 20
 * seconds"), never a line per second, so a screen reader keeps up. With {@code verbose}, every
 * spoken phrase is printed too. Lines are printed on a thread of their own, so a slow terminal
 * never holds up the audio.
 */
public final class PlainUi implements EngineListener, AutoCloseable {
  private final Session session;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean verbose;
  private final boolean showKeys;
  private final ExecutorService printer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "plain-output");
    t.setDaemon(true);
    return t;
  });

  /** @param showKeys whether to list the keys in the first line (when they come from a terminal) */
  public PlainUi(Session session, PrintWriter out, PrintWriter err, boolean verbose, boolean showKeys) {
    this.session = session;
    this.out = out;
    this.err = err;
    this.verbose = verbose;
    this.showKeys = showKeys;
  }

  @Override
  public void onReady(EngineState state) {
    long seconds = (state.length() + Timeline.SAMPLE_RATE - 1) / Timeline.SAMPLE_RATE;
    print(session.title() + ": " + session.steps().size() + (session.steps().size() == 1 ? " step, " : " steps, ")
        + String.format("%d:%02d", seconds / 60, seconds % 60) + "." + (showKeys ? " " + Keys.HELP : ""));
  }

  @Override
  public void onEvent(Event event, EngineState state) {
    lineFor(event).ifPresent(this::print);
  }

  @Override
  public void onNotice(String words, EngineState state) {
    print(words);
  }

  @Override
  public void onWarning(String message) {
    printer.execute(() -> err.println("limber: " + message));
  }

  @Override
  public void onEnd(EngineState state) {
    if (state.finished()) {
      print("Done: " + session.title() + ".");
    } else if (state.stopped()) {
      print(state.step() >= 0
          ? "Stopped at step " + (state.step() + 1) + " of " + state.steps() + ": " + state.stepName() + "."
          : "Stopped.");
    }
    // otherwise playback failed, and the failure is reported as the run's error
  }

  Optional<String> lineFor(Event event) {
    if (event instanceof Event.Segment segment) {
      return segmentLine(segment);
    }
    if (event instanceof Event.Say say) {
      boolean wanted = verbose
          ? say.role() != Role.TITLE && say.role() != Role.NAME
          : say.role() == Role.CUE || say.role() == Role.MARK || say.role() == Role.PREVIEW;
      return wanted ? Optional.of(say.text()) : Optional.empty();
    }
    return Optional.empty();
  }

  private Optional<String> segmentLine(Event.Segment s) {
    if (s.step() < 0) {
      return Optional.empty();
    }
    Step step = session.steps().get(s.step());
    String head = "Step " + (s.step() + 1) + " of " + session.steps().size() + ": " + step.name();
    String side = s.side() == 1 ? ", left side" : s.side() == 2 ? ", right side" : "";
    String set = s.sets() > 1 ? ", set " + s.set() + " of " + s.sets() : "";
    return switch (s.phase()) {
      case INSTRUCTIONS -> Optional.of(head);
      case HOLD -> Optional.of(head + side + set + ", hold " + step.exercise().seconds() + " seconds");
      case REPS -> Optional.of(head + side + set + ", " + ((Exercise.Reps) step.exercise()).count() + " repetitions");
      case REST -> Optional.of("Rest " + s.frames() / Timeline.SAMPLE_RATE + " seconds");
      default -> Optional.empty();
    };
  }

  private void print(String line) {
    printer.execute(() -> {
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
