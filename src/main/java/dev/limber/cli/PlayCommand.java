package dev.limber.cli;

import dev.limber.Exit;
import dev.limber.LimberException;
import dev.limber.catalog.Bundled;
import dev.limber.engine.EngineListener;
import dev.limber.playback.Outcome;
import dev.limber.playback.PlaySettings;
import dev.limber.playback.Playback;
import dev.limber.playback.Run;
import dev.limber.playback.Wiring;
import dev.limber.session.Session;
import dev.limber.ui.Config;
import dev.limber.ui.KeyReader;
import dev.limber.ui.PlainUi;
import dev.limber.ui.RealTerminal;
import dev.limber.ui.TerminalMode;
import dev.limber.ui.Theme;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limber play [SESSION]}: plays a session through the speakers, with captions and single-key controls. */
@Command(name = "play", description = "Play a session (default: " + Bundled.DEFAULT_SESSION + ").")
final class PlayCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "SESSION", description = "A session file or an id from 'limber list'.")
  String session = Bundled.DEFAULT_SESSION;

  @Option(names = "--plain", description = "One line per event, for screen readers and logs, instead of the full screen.")
  boolean plain;

  @Option(names = "--theme", paramLabel = "NAME", description = "Full-screen colours: default (the terminal's own) or high-contrast.")
  String theme;

  @Option(names = "--headless", description = "Print nothing but errors; fail with status 69 when there is no sound card.")
  boolean headless;

  @Option(names = "--verbose", description = "In plain mode, also print every spoken phrase, counts included.")
  boolean verbose;

  @Mixin DeviceOption card;

  @Mixin VoiceOptions options;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Set by {@code limber} with no arguments: the full screen starts at the picker instead of playing. */
  boolean pick;

  private final Context context;

  PlayCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Config config = Config.load(context.dirs().config(), line -> context.err().println("limber: " + line));
    String themeName = useConfig(config);
    // a bad option is a usage error before anything opens; then the card opens while the session loads
    PlaySettings settings = new PlaySettings(options.timeline(), options.voice(), card.device(), headless);
    if (!plain && !headless && context.keysFromTerminal() && TerminalMode.stdoutIsTerminal()) {
      Optional<String> unusable = RealTerminal.unusable(context.env());
      if (unusable.isEmpty()) {
        Optional<Session> first = pick ? Optional.empty() : Optional.of(context.catalog().resolve(session).session());
        Optional<Integer> status = new FullScreenPlay(context).play(first, settings, Theme.of(themeName, context.env()));
        if (status.isPresent()) {
          return status.get();
        }
      } else {
        context.err().println("limber: " + unusable.get() + "; playing in plain mode");
      }
    }
    BenchLog bench = BenchLog.from(context.env());
    try (Wiring wiring = Wiring.live(context.dirs())) {
      Playback.Starting starting = new Playback(wiring.withDevices(bench.timed(wiring.devices()))).prepare(settings);
      Session s = load(starting);
      TerminalMode mode = TerminalMode.forStandardInput(context.keysFromTerminal());
      try (PlainUi ui = new PlainUi(s, context.out(), context.err(), verbose, mode.isTerminal())) {
        Run run = starting.start(s, headless ? warnings() : ui, bench.listener());
        try (Signals signals = Signals.install(run::stopBySignal);
            KeyReader keys = new KeyReader(context.in(), c -> run.send(bench.keyPressed(c)), mode)) {
          keys.start();
          Outcome outcome = run.await();
          if (!headless) {
            ui.ended(outcome);
          }
          return Exits.of(outcome);
        }
      }
    }
  }

  /** The saved settings where the command line gives none; returns the theme's name. */
  private String useConfig(Config config) {
    CommandLine.ParseResult given = spec.commandLine().getParseResult();
    if (!given.hasMatchedOption("--rate")) {
      config.rate().ifPresent(r -> options.rate = r);
    }
    if (!given.hasMatchedOption("--volume")) {
      config.volume().ifPresent(v -> options.volume = v);
    }
    if (!given.hasMatchedOption("--count")) {
      config.count().ifPresent(c -> options.count = c);
    }
    String name = theme != null ? theme : config.theme().orElse(Theme.DEFAULT);
    try {
      Theme.of(name, context.env());
    } catch (IllegalArgumentException e) {
      throw new LimberException(Exit.USAGE, e.getMessage());
    }
    return name;
  }

  private Session load(Playback.Starting starting) throws Exception {
    try {
      return context.catalog().resolve(session).session();
    } catch (Exception e) {
      starting.abandon();
      throw e;
    }
  }

  /** A headless run prints nothing but its warnings and errors. */
  private EngineListener warnings() {
    return new EngineListener() {
      @Override
      public void onWarning(String message) {
        context.err().println("limber: " + message);
      }
    };
  }
}
