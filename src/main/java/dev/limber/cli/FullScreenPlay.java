package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.DataDirs;
import dev.limber.history.RunLog;
import dev.limber.history.RunOrigin;
import dev.limber.history.RunStart;
import dev.limber.listen.Listening;
import dev.limber.playback.Outcome;
import dev.limber.playback.PlaySettings;
import dev.limber.playback.Playback;
import dev.limber.playback.Recording;
import dev.limber.playback.Wiring;
import dev.limber.session.Session;
import dev.limber.ui.CardVoice;
import dev.limber.ui.Config;
import dev.limber.ui.FullScreen;
import dev.limber.ui.RealTerminal;
import dev.limber.ui.Summary;
import dev.limber.ui.Theme;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code play} on the full screen: wires the face to the live machine, and maps how it ended to a
 * status.
 */
final class FullScreenPlay {
  private final Context context;

  FullScreenPlay(Context context) {
    this.context = context;
  }

  /**
   * Plays on the full screen; empty when the terminal cannot be taken over after all (plain mode
   * then, after one line saying so). Saves the rate, volume, counting and theme of the last run.
   */
  Optional<Integer> play(
      Optional<Catalog.Entry> first,
      PlaySettings settings,
      Theme look,
      OptionalInt painBefore,
      ListenOptions voice,
      Config config)
      throws Exception {
    Catalog.Listing listing = context.catalog().list();
    List<Catalog.Entry> entries = listing.entries();
    // the bytes each session was read from, which the completion log fingerprints
    Map<Session, byte[]> sources = new HashMap<>();
    entries.forEach(e -> sources.put(e.session(), e.source()));
    first.ifPresent(e -> sources.put(e.session(), e.source()));
    ExecutorService lengths =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "limber-lengths");
              t.setDaemon(true);
              return t;
            });
    DataDirs dirs = context.dirs();
    List<String> logWarnings = new CopyOnWriteArrayList<>();
    // nothing may print while the screen is up: the voice face's and the lexicon's warnings wait
    // for it to close
    List<String> listenWarnings = new CopyOnWriteArrayList<>();
    try (Wiring wiring = Wiring.live(dirs, listenWarnings::add);
        RunLog log = RunLog.open(dirs.history(), dirs.cache(), logWarnings::add);
        Listening listening = voice.open(config, listenWarnings::add)) {
      Playback playback = new Playback(wiring).withEachRun(listening::attach);
      // the first run keeps a rating given before it; later runs from the picker start without one
      AtomicReference<OptionalInt> pain = new AtomicReference<>(painBefore);
      FullScreen.Setup setup =
          new FullScreen.Setup(
              entries,
              (s, listener) -> {
                Recording recording =
                    new Recording(
                        log,
                        RunStart.newId(),
                        RunOrigin.TERMINAL,
                        sources.getOrDefault(s, new byte[0]),
                        pain.getAndSet(OptionalInt.empty()));
                return playback.prepare(settings).recordedAs(recording).start(s, listener);
              },
              s -> playback.seconds(s, settings),
              () ->
                  CardVoice.open(
                      wiring.speech(), wiring.devices(), settings.device(), settings.voice()),
              lengths,
              outcome -> logged(log, logWarnings));
      RealTerminal terminal;
      try {
        terminal = RealTerminal.open(context.in(), context.stdout(), look);
      } catch (IOException e) {
        context
            .err()
            .println(
                "limber: no terminal for the full screen ("
                    + e.getMessage()
                    + "); playing in plain mode");
        return Optional.empty();
      }
      FullScreen face = new FullScreen(terminal.screen(), look, setup);
      FullScreen.Result result;
      try (Signals signals = Signals.install(face::stopBySignal)) {
        result = face.run(first.map(Catalog.Entry::session));
      } finally {
        context.err().print(terminal.closeAndTakeOutput());
        face.warnings().forEach(w -> context.err().println("limber: " + w));
        logWarnings.forEach(w -> context.err().println("limber: " + w));
        listenWarnings.forEach(w -> context.err().println("limber: " + w));
        // an invalid file in a session folder is missing from the picker: say why, once the screen
        // is down
        listing.skipped().forEach(line -> context.err().println("limber: skipped " + line));
        lengths.shutdownNow();
      }
      if (result.last().isEmpty()) {
        return Optional.of(result.signalled() ? Exit.STOPPED : Exit.OK);
      }
      Outcome outcome = result.last().get();
      Summary.of(outcome).ifPresent(context.out()::println);
      try {
        Config.load(context.dirs().config(), line -> {})
            .played(
                outcome.last().rate(),
                outcome.last().volume(),
                settings.timeline().count(),
                look.name())
            .save(context.dirs().config());
      } catch (IOException e) {
        context
            .err()
            .println(
                "limber: the settings could not be saved in "
                    + context.dirs().config()
                    + ": "
                    + e.getMessage());
      }
      return Optional.of(result.signalled() ? Exit.STOPPED : Exits.of(outcome));
    }
  }

  /** What the end screen says of the completion log: that the run is in it, or why it is not. */
  private static List<String> logged(RunLog log, List<String> warnings) {
    boolean written = log.flush(Duration.ofSeconds(2));
    if (!warnings.isEmpty()) {
      return List.of("Not in your history: " + warnings.get(0));
    }
    return List.of(
        written
            ? "Kept in your history: see limber history."
            : "Your history is still being written.");
  }
}
