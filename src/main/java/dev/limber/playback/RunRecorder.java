package dev.limber.playback;

import dev.limber.engine.EngineListener;
import dev.limber.engine.EngineState;
import dev.limber.history.ProgressPacer;
import dev.limber.history.RunEnd;
import dev.limber.history.RunOutcome;
import dev.limber.history.RunProgress;
import dev.limber.history.RunSettings;
import dev.limber.history.RunStart;
import dev.limber.session.Count;
import dev.limber.session.Session;
import dev.limber.timeline.Event;
import dev.limber.timeline.Timeline;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Writes one run to the completion log: a row when it starts, its progress at every step and every
 * 15 seconds, and how it ended. Every call to the log goes through one thread of the recorder's
 * own, in order, so the audio thread only hands a task over, and the session's SHA-256 (tens of
 * milliseconds the first time a process makes one) is worked out off it.
 */
final class RunRecorder implements EngineListener {
  /** The longest the end of a run waits for the start and progress ahead of it to reach the log. */
  private static final long HAND_OVER_SECONDS = 5;

  private final Recording recording;
  private final String id;
  private final ProgressPacer pacer = new ProgressPacer();
  private final LongSupplier framesPlayed;
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "limber-record");
            thread.setDaemon(true);
            return thread;
          });

  RunRecorder(Recording recording, LongSupplier framesPlayed) {
    this.recording = recording;
    this.id = recording.runId();
    this.framesPlayed = framesPlayed;
  }

  void started(Session session, PlaySettings settings, Instant at) {
    RunSettings recorded =
        new RunSettings(
            settings.voice().rate(),
            settings.voice().pitch(),
            settings.voice().volume(),
            settings.timeline().count().map(Count::jsonName).orElse("session"),
            settings.timeline().breathing());
    writer.execute(
        () ->
            recording
                .log()
                .start(
                    new RunStart(
                        id,
                        session.id(),
                        session.title(),
                        RunStart.sha256(recording.source()),
                        session.steps().size(),
                        recorded,
                        at,
                        recording.origin(),
                        recording.painBefore())));
  }

  /** On the audio thread: most events are not due, and cost one comparison. */
  @Override
  public void onEvent(Event event, EngineState state) {
    RunProgress now =
        new RunProgress(framesPlayed.getAsLong() / Timeline.SAMPLE_RATE, state.step());
    if (pacer.due(now)) {
      writer.execute(() -> recording.log().progress(id, now));
    }
  }

  void ended(Outcome outcome, Instant at) {
    RunEnd end =
        new RunEnd(
            outcomeOf(outcome.ending()),
            outcome.stepsCompleted(),
            outcome.stepsSkipped(),
            (long) outcome.secondsPlayed(),
            at,
            OptionalInt.empty());
    writer.execute(() -> recording.log().end(id, end));
    writer.shutdown();
    try {
      // the end is handed to the log before the run is over, so closing the log then keeps it
      writer.awaitTermination(HAND_OVER_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static RunOutcome outcomeOf(Outcome.Ending ending) {
    return switch (ending) {
      case COMPLETED -> RunOutcome.COMPLETED;
      case QUIT -> RunOutcome.QUIT;
      case STOPPED -> RunOutcome.STOPPED;
      case DEVICE_LOST -> RunOutcome.DEVICE_LOST;
      case FAILED -> RunOutcome.FAILED;
    };
  }
}
