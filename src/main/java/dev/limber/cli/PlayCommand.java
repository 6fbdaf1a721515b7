package dev.limber.cli;

import dev.limber.catalog.Bundled;
import dev.limber.catalog.Catalog;
import dev.limber.catalog.DataDirs;
import dev.limber.engine.EngineListener;
import dev.limber.history.Pain;
import dev.limber.history.RunLog;
import dev.limber.history.RunOrigin;
import dev.limber.history.RunStart;
import dev.limber.listen.Listening;
import dev.limber.playback.Outcome;
import dev.limber.playback.PlaySettings;
import dev.limber.playback.Playback;
import dev.limber.playback.Recording;
import dev.limber.playback.Run;
import dev.limber.playback.Wiring;
import dev.limber.session.Session;
import dev.limber.ui.Config;
import dev.limber.ui.KeyReader;
import dev.limber.ui.PainQuestion;
import dev.limber.ui.PlainUi;
import dev.limber.ui.RealTerminal;
import dev.limber.ui.TerminalMode;
import dev.limber.ui.Theme;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limber play [SESSION]}: plays a session through the speakers, with captions and single-key
 * controls.
 */
@Command(name = "play", description = "Play a session (default: " + Bundled.DEFAULT_SESSION + ").")
final class PlayCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..1",
      paramLabel = "SESSION",
      description = "A session file or an id from 'limber list'.")
  String session = Bundled.DEFAULT_SESSION;

  @Option(
      names = "--plain",
      description = "One line per event, for screen readers and logs, instead of the full screen.")
  boolean plain;

  @Option(
      names = "--theme",
      paramLabel = "NAME",
      description = "Full-screen colours: default (the terminal's own) or high-contrast.")
  String theme;

  @Option(
      names = "--headless",
      description = "Print nothing but errors; fail with status 69 when there is no sound card.")
  boolean headless;

  @Option(
      names = "--verbose",
      description = "In plain mode, also print every spoken phrase, counts included.")
  boolean verbose;

  @Option(
      names = "--pain-before",
      paramLabel = "N",
      description = "How your back is before the run, from 0 (no pain) to 10; kept in the history.")
  String painBefore;

  @Option(
      names = "--rate-pain",
      description =
          "Ask how your back is before and after the run: one key from "
              + "0 to 9, or t for ten; no answer in 8 seconds skips it.")
  boolean ratePain;

  @Mixin DeviceOption card;

  @Mixin VoiceOptions options;

  @Mixin ListenOptions voice;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Set by {@code limber} with no arguments: the full screen starts at the picker instead of
   * playing.
   */
  boolean pick;

  private final Context context;
  private boolean askPain;

  PlayCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Config config =
        Config.load(context.dirs().config(), line -> context.err().println("limber: " + line));
    String themeName = useConfig(config);
    askPain = config.ratePain().orElse(false);
    // a bad option is a usage error before anything opens; then the card opens while the session
    // loads
    PlaySettings settings =
        new PlaySettings(options.timeline(), options.voice(), card.device(), headless);
    OptionalInt pain = painBefore();
    if (!plain && !headless && context.keysFromTerminal() && context.stdoutIsTerminal()) {
      Optional<String> unusable = RealTerminal.unusable(context.env());
      if (unusable.isEmpty()) {
        Optional<Catalog.Entry> first =
            pick ? Optional.empty() : Optional.of(context.catalog().resolve(session));
        Optional<Integer> status =
            new FullScreenPlay(context)
                .play(first, settings, Theme.of(themeName, context.env()), pain, voice, config);
        if (status.isPresent()) {
          return status.get();
        }
      } else {
        context.err().println("limber: " + unusable.get() + "; playing in plain mode");
      }
    }
    BenchLog bench = BenchLog.from(context.env());
    DataDirs dirs = context.dirs();
    TerminalMode mode = TerminalMode.forStandardInput(context.keysFromTerminal());
    boolean asking = (ratePain || askPain) && !headless; // headless means nobody at the keys
    try (Wiring wiring = Wiring.live(dirs, line -> context.err().println("limber: " + line));
        Listening listening =
            voice.open(config, line -> context.err().println("limber: " + line))) {
      if (asking && pain.isEmpty()) {
        pain = ask(wiring, PainQuestion.BEFORE, mode);
      }
      Playback.Starting starting =
          new Playback(wiring.withDevices(bench.timed(wiring.devices())))
              .withEachRun(listening::attach)
              .prepare(settings);
      Catalog.Entry entry = load(starting);
      Session s = entry.session();
      String runId = RunStart.newId();
      // the database is opened on the log's own thread, beside the opening chime
      try (RunLog log =
          RunLog.open(
              dirs.history(), dirs.cache(), line -> context.err().println("limber: " + line))) {
        starting.recordedAs(
            new Recording(
                log, runId, headless ? RunOrigin.HEADLESS : RunOrigin.PLAIN, entry.source(), pain));
        Outcome outcome = play(starting, s, bench, mode);
        if (asking
            && (outcome.ending() == Outcome.Ending.COMPLETED
                || outcome.ending() == Outcome.Ending.QUIT)) {
          ask(wiring, PainQuestion.AFTER, mode).ifPresent(after -> log.painAfter(runId, after));
        }
        return Exits.of(outcome);
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
      config.volume().ifPresent(gain -> options.volume = VoiceOptions.decibels(gain));
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

  /** Says the question (and prints it), then waits a few seconds for one key. */
  private OptionalInt ask(Wiring wiring, String question, TerminalMode mode) {
    context.out().println(question);
    try {
      Playing.play(
          wiring.speech().synthesize(question, options.voice()).scaled(options.voice().volume()),
          card.device());
    } catch (IOException | LimberException e) {
      // no sound card: the printed question has to do
    }
    OptionalInt answer = PainQuestion.answer(context.in(), mode, PainQuestion.WAIT);
    context
        .out()
        .println(answer.isPresent() ? "Noted: " + answer.getAsInt() + "." : "No answer; skipped.");
    return answer;
  }

  /** Plays in plain mode (or headless) with single keys, until the run ends. */
  private Outcome play(Playback.Starting starting, Session s, BenchLog bench, TerminalMode mode)
      throws Exception {
    try (PlainUi ui = new PlainUi(s, context.out(), context.err(), verbose, mode.isTerminal())) {
      Run run = starting.start(s, headless ? warnings() : ui, bench.listener());
      try (Signals signals = Signals.install(run::stopBySignal);
          KeyReader keys = new KeyReader(context.in(), c -> run.send(bench.keyPressed(c)), mode)) {
        keys.start();
        Outcome outcome = run.await();
        if (!headless) {
          ui.ended(outcome);
        }
        return outcome;
      }
    }
  }

  private OptionalInt painBefore() {
    try {
      return painBefore == null ? OptionalInt.empty() : OptionalInt.of(Pain.parse(painBefore));
    } catch (IllegalArgumentException e) {
      throw new LimberException(Exit.USAGE, "--pain-before: " + e.getMessage());
    }
  }

  private Catalog.Entry load(Playback.Starting starting) throws Exception {
    try {
      return context.catalog().resolve(session);
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
