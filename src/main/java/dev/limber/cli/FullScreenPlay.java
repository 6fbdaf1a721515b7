package dev.limber.cli;

import dev.limber.Exit;
import dev.limber.catalog.Catalog;
import dev.limber.playback.Outcome;
import dev.limber.playback.PlaySettings;
import dev.limber.playback.Playback;
import dev.limber.playback.Wiring;
import dev.limber.session.Session;
import dev.limber.ui.CardVoice;
import dev.limber.ui.Config;
import dev.limber.ui.FullScreen;
import dev.limber.ui.RealTerminal;
import dev.limber.ui.Summary;
import dev.limber.ui.Theme;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** {@code play} on the full screen: wires the face to the live machine, and maps how it ended to a status. */
final class FullScreenPlay {
  private final Context context;

  FullScreenPlay(Context context) {
    this.context = context;
  }

  /**
   * Plays on the full screen; empty when the terminal cannot be taken over after all (plain mode
   * then, after one line saying so). Saves the rate, volume, counting and theme of the last run.
   */
  Optional<Integer> play(Optional<Session> first, PlaySettings settings, Theme look) throws Exception {
    Catalog.Listing listing = context.catalog().list();
    List<Catalog.Entry> entries = listing.entries();
    ExecutorService lengths = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "limber-lengths");
      t.setDaemon(true);
      return t;
    });
    try (Wiring wiring = Wiring.live(context.dirs())) {
      Playback playback = new Playback(wiring);
      FullScreen.Setup setup = new FullScreen.Setup(entries, (s, listener) -> playback.start(s, settings, listener),
          s -> playback.compile(s, settings).timeline().seconds(),
          () -> CardVoice.open(wiring.speech(), wiring.devices(), settings.device(), settings.voice()), lengths,
          // HOOK for the completion log: the lines "the run as logged" and "the current streak" for the end screen
          outcome -> List.of());
      RealTerminal terminal;
      try {
        terminal = RealTerminal.open(context.in(), context.stdout(), look);
      } catch (IOException e) {
        context.err().println("limber: no terminal for the full screen (" + e.getMessage() + "); playing in plain mode");
        return Optional.empty();
      }
      FullScreen face = new FullScreen(terminal.screen(), look, setup);
      FullScreen.Result result;
      try (Signals signals = Signals.install(face::stopBySignal)) {
        result = face.run(first);
      } finally {
        context.err().print(terminal.closeAndTakeOutput());
        face.warnings().forEach(w -> context.err().println("limber: " + w));
        // an invalid file in a session folder is missing from the picker: say why, once the screen is down
        listing.skipped().forEach(line -> context.err().println("limber: skipped " + line));
        lengths.shutdownNow();
      }
      if (result.last().isEmpty()) {
        return Optional.of(result.signalled() ? Exit.STOPPED : Exit.OK);
      }
      Outcome outcome = result.last().get();
      Summary.of(outcome).ifPresent(context.out()::println);
      try {
        new Config(Optional.of(outcome.last().rate()), Optional.of(outcome.last().volume()), settings.timeline().count(),
            Optional.of(look.name())).save(context.dirs().config());
      } catch (IOException e) {
        context.err().println("limber: the settings could not be saved in " + context.dirs().config() + ": " + e.getMessage());
      }
      return Optional.of(result.signalled() ? Exit.STOPPED : Exits.of(outcome));
    }
  }
}
