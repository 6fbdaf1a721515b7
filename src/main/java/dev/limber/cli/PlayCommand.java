package dev.limber.cli;

import dev.limber.catalog.Bundled;
import dev.limber.engine.EngineListener;
import dev.limber.session.Session;
import dev.limber.speech.VoiceSettings;
import dev.limber.ui.KeyReader;
import dev.limber.ui.PlainUi;
import dev.limber.ui.TerminalMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limber play [SESSION]}: plays a session through the speakers, with captions and single-key controls. */
@Command(name = "play", description = "Play a session (default: " + Bundled.DEFAULT_SESSION + ").")
final class PlayCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "SESSION", description = "A session file or an id from 'limber list'.")
  String session = Bundled.DEFAULT_SESSION;

  @Option(names = "--plain", description = "One line per event, for screen readers and logs (the only mode until the full-screen one exists).")
  boolean plain;

  @Option(names = "--headless", description = "Print nothing but errors; fail with status 69 when there is no sound card.")
  boolean headless;

  @Option(names = "--verbose", description = "In plain mode, also print every spoken phrase, counts included.")
  boolean verbose;

  @Mixin DeviceOption card;

  @Mixin VoiceOptions options;

  private final Context context;

  PlayCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    // a bad option is a usage error before anything opens; then the card opens while the session loads
    VoiceSettings voice = options.voice();
    CompletableFuture<OpenedDevice> output = OpenedDevice.openInBackground(card.device());
    Session s;
    try {
      s = context.catalog().resolve(session).session();
    } catch (Exception e) {
      output.join().close();
      throw e;
    }
    List<EngineListener> listeners = new ArrayList<>();
    // The full-screen interface is not built yet: a terminal gets plain lines too.
    TerminalMode mode = TerminalMode.forStandardInput(context.keysFromTerminal());
    PlainUi ui = new PlainUi(s, context.out(), context.err(), verbose, mode.isTerminal());
    if (!headless) {
      listeners.add(ui);
    } else {
      listeners.add(new EngineListener() {
        @Override
        public void onWarning(String message) {
          context.err().println("limber: " + message);
        }
      });
    }
    KeyReader[] keys = new KeyReader[1];
    try (Speaker speaker = new Speaker(context); ui) {
      Player player = new Player(context);
      return player.play(s, speaker, options.timeline(), voice,
          output, headless, listeners, engine -> {
            keys[0] = new KeyReader(context.in(), command -> {
              player.bench().keyPressed();
              engine.send(command);
            }, mode);
            keys[0].start();
          });
    } finally {
      if (keys[0] != null) {
        keys[0].close();
      }
    }
  }
}
