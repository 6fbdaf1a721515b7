package dev.limber.playback;

import dev.limber.audio.AudioSink;
import dev.limber.engine.Engine;
import dev.limber.engine.EngineListener;
import dev.limber.engine.EngineSetup;
import dev.limber.engine.Program;
import dev.limber.session.Session;
import dev.limber.speech.VoiceSettings;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Starts sessions: the one way every face plays one. Each run opens the sound card (or goes on with
 * captions alone), starts on the opening chime while the whole session compiles, and plays on a
 * thread of its own; one process may play any number of runs, one after another.
 */
public final class Playback {
  private final Wiring wiring;
  private final java.util.function.Consumer<Run> eachRun;

  public Playback(Wiring wiring) {
    this(wiring, run -> {});
  }

  private Playback(Wiring wiring, java.util.function.Consumer<Run> eachRun) {
    this.wiring = wiring;
    this.eachRun = eachRun;
  }

  /**
   * The same playback, telling {@code attach} of every run as it starts (before its first block),
   * such as the voice face that sends it what it hears.
   */
  public Playback withEachRun(java.util.function.Consumer<Run> attach) {
    return new Playback(wiring, attach);
  }

  /** Starts {@code session}; the listeners hear everything from its first block on. */
  public Run start(Session session, PlaySettings settings, EngineListener... listeners) {
    return prepare(settings).start(session, listeners);
  }

  /**
   * Opens the sound card on a thread of its own, so that it is ready by the time the caller has
   * loaded the session (each takes about 10 ms at start-up).
   */
  public Starting prepare(PlaySettings settings) {
    CompletableFuture<OpenedDevice> device =
        CompletableFuture.supplyAsync(
            () -> wiring.devices().open(settings.device()),
            task -> {
              Thread thread = new Thread(task, "limber-device");
              thread.setDaemon(true);
              thread.start();
            });
    return new Starting(settings, device);
  }

  /** A run whose sound card is being opened. Either start it or abandon it. */
  public final class Starting {
    private final PlaySettings settings;
    private final CompletableFuture<OpenedDevice> device;
    private Optional<Recording> recording = Optional.empty();

    private Starting(PlaySettings settings, CompletableFuture<OpenedDevice> device) {
      this.settings = settings;
      this.device = device;
    }

    /** Records the run in the completion log: its start, its progress and how it ends. */
    public Starting recordedAs(Recording how) {
      recording = Optional.of(how);
      return this;
    }

    /**
     * Starts playing {@code session} and returns at once.
     *
     * @throws NoSoundException when the device named is not there, or sound is required and there
     *     is none
     */
    public Run start(Session session, EngineListener... listeners) {
      OpenedDevice opened = device.join();
      if (opened.sink().isEmpty()
          && (settings.soundRequired() || opened.missing() == OpenedDevice.Missing.NO_MATCH)) {
        throw new NoSoundException(
            opened.whyNot()
                + (settings.soundRequired() ? "; a headless run needs a sound card" : ""));
      }
      boolean captionsOnly = opened.sink().isEmpty();
      AudioSink sink = opened.sink().orElseGet(wiring.silence());
      VoiceSettings voice = settings.voice();
      Programs programs = wiring.programs();
      Engine engine =
          new Engine(
              programs.opening(session, voice),
              sink,
              new EngineSetup(
                  voice.volume(),
                  rate ->
                      programs.playable(session, settings.timelineAt(rate), voice.withRate(rate)),
                  wiring.background(),
                  settings.soundRequired() ? Optional.empty() : Optional.of(wiring.silence()),
                  captionsOnly));
      List.of(listeners).forEach(engine::addListener);
      if (captionsOnly) {
        List.of(listeners)
            .forEach(l -> l.onWarning(opened.whyNot() + "; playing silently, with captions"));
      }
      Run run = new Run(engine, wiring.clock().instant());
      recording.ifPresent(
          how -> {
            RunRecorder recorder = new RunRecorder(how, engine::played);
            engine.addListener(recorder);
            recorder.started(session, settings, run.started());
            run.whenDone(outcome -> recorder.ended(outcome, wiring.clock().instant()));
          });
      // The chime plays while the session compiles (and, on a first run, while the voice loads).
      // Compiling starts only now, so that it does not compete for the CPU with starting the chime.
      // The session plays on as soon as its own clips are made; the phrases that answer keys
      // (a hundred or more, seconds on a first run) are made after them, and keys wait for them.
      CompletableFuture<Program> whole =
          CompletableFuture.supplyAsync(
              () -> programs.program(session, settings.timeline(), voice), wiring.background());
      engine.continueWith(whole);
      engine.answersWhen(whole.thenAcceptAsync(programs::prepareAnswers, wiring.background()));
      eachRun.accept(run);
      run.start();
      return run;
    }

    /** The session could not be loaded: closes the device unplayed. */
    public void abandon() {
      try {
        device.join().close();
      } catch (IOException e) {
        // nothing was played on it; there is nothing to lose
      }
    }
  }

  /**
   * How long {@code session} lasts at these settings, in whole seconds; compiles its timeline on
   * the calling thread.
   */
  public long seconds(Session session, PlaySettings settings) {
    return wiring.programs().seconds(session, settings.timeline(), settings.voice());
  }
}
