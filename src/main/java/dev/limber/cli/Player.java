package dev.limber.cli;

import dev.limber.Exit;
import dev.limber.LimberException;
import dev.limber.audio.AudioSink;
import dev.limber.audio.SilentSink;
import dev.limber.engine.Command;
import dev.limber.engine.Engine;
import dev.limber.engine.EngineListener;
import dev.limber.engine.Program;
import dev.limber.session.Session;
import dev.limber.speech.VoiceSettings;
import dev.limber.timeline.TimelineSettings;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Plays a session: opens the sound card (or falls back to a silent, clock-paced sink), builds the
 * engine, and runs it on the calling thread until the end, a quit key or a signal.
 */
final class Player {
  private final Context context;
  private final BenchLog bench;

  Player(Context context) {
    this.context = context;
    this.bench = BenchLog.from(context.env());
  }

  BenchLog bench() {
    return bench;
  }

  /**
   * Plays to the end on the device once it is open (it is closed here, whatever happens); the
   * exit status is 130 when a signal stopped it, else 0.
   */
  int play(Session session, Speaker speaker, TimelineSettings settings, VoiceSettings voice, CompletableFuture<OpenedDevice> device,
      boolean headless, List<EngineListener> listeners, Consumer<Engine> beforeStart) throws IOException {
    OpenedDevice opened = device.join();
    AudioSink sink = opened.line().map(AudioSink.class::cast).orElse(null);
    if (sink == null) {
      if (headless) {
        throw new LimberException(Exit.UNAVAILABLE, opened.whyNot() + "; a headless run needs a sound card");
      }
      context.err().println("limber: " + opened.whyNot() + "; playing silently, with captions");
      sink = new SilentSink();
    }
    sink = bench.timeFirstWrite(sink);
    Engine engine = new Engine(speaker.opening(session, voice), sink, voice.volume(),
        rate -> speaker.playable(session, new TimelineSettings(rate, settings.count(), settings.breathing()), voice.withRate(rate)),
        // a headless device that is lost is a failure to report; with a listener, captions go on
        headless ? null : SilentSink::new);
    listeners.forEach(engine::addListener);
    engine.addListener(bench.listener());
    Signals signals = Signals.install(() -> engine.send(new Command.Stop()));
    try {
      beforeStart.accept(engine);
    } catch (RuntimeException e) {
      sink.close(); // the engine never ran, so it cannot close the device
      signals.uninstall();
      throw e;
    }
    // The chime plays while the session compiles (and, on a first run, while FreeTTS loads).
    // Compiling starts only now, so that it does not compete for the CPU with starting the chime.
    engine.continueWith(CompletableFuture.supplyAsync(() -> speaker.playable(session, settings, voice)));
    try {
      engine.run();
    } finally {
      signals.uninstall();
    }
    return signals.fired() ? Exit.STOPPED : Exit.OK;
  }
}
