package dev.limber.remote;

import dev.limber.catalog.Catalog;
import dev.limber.engine.EngineState;
import dev.limber.playback.DeviceOpener;
import dev.limber.playback.NoSoundException;
import dev.limber.playback.OpenedDevice;
import dev.limber.playback.Outcome;
import dev.limber.playback.PlaySettings;
import dev.limber.playback.Playback;
import dev.limber.playback.Run;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one run the remote plays at a time: starts sessions by catalog id only, passes commands on,
 * and keeps how the last run ended. A finished run is let go of, so a server that plays for days
 * holds one run at most. Safe from any thread.
 */
final class RemoteControl {
  /** Whether there is a sound card, as {@code /api/state} tells it. */
  record Sound(boolean available, String reason) {}

  /** How the last run ended, as JSON. */
  record LastRun(
      String ending,
      String sessionId,
      String title,
      String started,
      double secondsPlayed,
      int stepsCompleted,
      int stepsSkipped,
      String failure) {
    static LastRun of(Outcome outcome) {
      return new LastRun(
          outcome.ending().name(),
          outcome.last().sessionId(),
          outcome.last().title(),
          outcome.started().toString(),
          Math.round(outcome.secondsPlayed() * 10) / 10.0,
          outcome.stepsCompleted(),
          outcome.stepsSkipped(),
          outcome.failure().map(e -> Json.oneLine(e.getMessage())).orElse(null));
    }
  }

  /** What {@code /api/state} and the event stream send. */
  record View(
      boolean playing, EngineState state, Sound sound, boolean allowSilent, LastRun lastRun) {}

  private final Playback playback;
  private final Supplier<Catalog> catalog;
  private final boolean allowSilent;
  private final RunLogger logger;
  private final Captions captions = new Captions();
  private volatile Sound sound;
  private Run current;
  private LastRun lastRun;

  RemoteControl(
      Playback playback,
      Supplier<Catalog> catalog,
      boolean allowSilent,
      RunLogger logger,
      Sound sound) {
    this.playback = playback;
    this.catalog = catalog;
    this.allowSilent = allowSilent;
    this.logger = logger;
    this.sound = sound;
  }

  /** Opens the default sound card and closes it again, to say whether there is one. */
  static Sound probe(DeviceOpener devices) {
    OpenedDevice opened = devices.open(Optional.empty());
    try {
      opened.close();
    } catch (IOException e) {
      // nothing was played on it
    }
    return new Sound(opened.sink().isPresent(), opened.whyNot());
  }

  /** The phrases the voice has begun, in every run. */
  Captions captions() {
    return captions;
  }

  synchronized View view() {
    return new View(
        current != null, current == null ? null : current.state(), sound, allowSilent, lastRun);
  }

  /**
   * Starts the session with catalog id {@code id}; sound is required unless the server allows
   * silence.
   */
  synchronized EngineState play(String id, PlaySettings settings) {
    if (current != null) {
      throw new HttpFailure(409, "\"" + current.state().title() + "\" is playing; stop it first");
    }
    Catalog.Entry entry =
        catalog.get().list().entries().stream()
            .filter(e -> e.session().id().equals(id))
            .findFirst()
            .orElseThrow(() -> new HttpFailure(404, "no session with id \"" + id + "\""));
    Run run;
    try {
      Playback.Starting starting = playback.prepare(withSound(settings));
      logger.recording(entry).ifPresent(starting::recordedAs);
      run = starting.start(entry.session(), captions);
    } catch (NoSoundException e) {
      sound = new Sound(false, e.getMessage());
      throw new HttpFailure(
          503, e.getMessage() + " (serve --allow-silent plays with captions alone)");
    }
    if (!run.state().captionsOnly()) {
      sound = new Sound(true, "");
    }
    current = run;
    run.whenDone(outcome -> ended(run, outcome));
    return run.state();
  }

  private PlaySettings withSound(PlaySettings settings) {
    return new PlaySettings(settings.timeline(), settings.voice(), settings.device(), !allowSilent);
  }

  /** The run playing now. */
  synchronized Run playing() {
    if (current == null) {
      throw new HttpFailure(409, "nothing is playing");
    }
    return current;
  }

  /** Stops the run playing, for a signal, and waits for its end (it is logged as stopped). */
  void stopBySignal() throws InterruptedException {
    Run run;
    synchronized (this) {
      run = current;
    }
    if (run != null) {
      run.stopBySignal();
      run.await();
    }
  }

  private synchronized void ended(Run run, Outcome outcome) {
    lastRun = LastRun.of(outcome);
    if (current == run) {
      current = null;
    }
  }
}
