package dev.limber.cli;

import dev.limber.catalog.CatalogException;
import dev.limber.catalog.Shown;
import dev.limber.engine.KeyTable;
import dev.limber.playback.NoSoundException;
import dev.limber.session.Problem;
import dev.limber.session.SessionFormatException;
import dev.limber.speech.LexiconException;
import dev.limber.speech.SpeechException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code limber} command: its subcommands, and how failures become one line and an exit status.
 */
@Command(
    name = "limber",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT, // --help and --version on every subcommand too
    versionProvider = Limber.Version.class,
    description = "Voice-guided stretching and breathing sessions for the terminal.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "64:bad usage",
      "65:bad session data",
      "66:missing file or session",
      "69:no audio device (headless)",
      "70:internal failure, such as the speech engine",
      "74:input or output failure, such as a lost audio device (headless)",
      "130:stopped by a signal"
    })
final class Limber implements Callable<Integer> {
  /** The subcommands, in the order help lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          PlayCommand.class,
          ListCommand.class,
          ValidateCommand.class,
          RenderCommand.class,
          SayCommand.class,
          DevicesCommand.class,
          ListenCommand.class,
          SoundsCommand.class,
          HistoryCommand.class,
          ServeCommand.class);

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces of failures.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Context context;

  Limber(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    // In a terminal the full screen opens at the picker; elsewhere the default session plays.
    // picocli must build the command, or its options are never filled in.
    CommandLine play = spec.subcommands().get("play");
    ((PlayCommand) play.getCommand()).pick = true;
    return play.execute();
  }

  /** Runs the command line against a context and returns the exit status; never throws. */
  static int run(Context context, String... args) {
    CommandLine cli = commandLine(context, args);
    return cli.execute(args);
  }

  /**
   * The command line for these arguments. picocli builds its model of a command by reflection, a
   * few milliseconds each, so when the first argument names a subcommand (or there is none, which
   * plays) only that one is built: {@code play} starts sooner. Anything else, {@code --help} or a
   * typo, gets them all, for the listing and the "did you mean".
   */
  static CommandLine commandLine(Context context, String... args) {
    CommandLine cli = new CommandLine(new Limber(context), new ContextFactory(context));
    String wanted = args.length == 0 ? "play" : args[0];
    List<Class<?>> named =
        SUBCOMMANDS.stream()
            .filter(c -> c.getAnnotation(Command.class).name().equals(wanted))
            .toList();
    (named.isEmpty() ? SUBCOMMANDS : named).forEach(cli::addSubcommand);
    CommandLine play = cli.getSubcommands().get("play");
    if (play != null) {
      // the keys come from the one table every face uses, so help cannot tell of other keys
      play.getCommandSpec().usageMessage().footer("%n" + KeyTable.oneLine().replace("%", "%%"));
    }
    cli.setOut(context.out());
    cli.setErr(context.err());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (e, given) -> {
          // picocli's suggestions come on lines of their own; a usage error is one line
          String suggestion =
              e instanceof CommandLine.UnmatchedArgumentException unmatched
                      && !unmatched.getSuggestions().isEmpty()
                  ? "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?"
                  : "";
          context
              .err()
              .println(
                  "limber: "
                      + e.getMessage().lines().findFirst().orElse("bad usage")
                      + suggestion
                      + " (see '"
                      + e.getCommandLine().getCommandSpec().qualifiedName()
                      + " --help')");
          return Exit.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          boolean debug =
              parsed.matchedOption("--debug") != null
                  || parsed.subcommands().stream()
                      .anyMatch(p -> p.matchedOption("--debug") != null);
          if (debug) {
            e.printStackTrace(context.err());
          }
          return report(context, e);
        });
    return cli;
  }

  static int report(Context context, Exception e) {
    if (e instanceof SessionFormatException bad) {
      bad.problems().stream().map(Problem::toString).forEach(context.err()::println);
      return Exit.DATA;
    }
    if (e instanceof CatalogException bad) {
      context.err().println("limber: " + bad.getMessage());
      return Exits.of(bad);
    }
    if (e instanceof LimberException failure) {
      context.err().println("limber: " + failure.getMessage());
      return failure.exitCode();
    }
    if (e instanceof NoSoundException) {
      context.err().println("limber: " + e.getMessage());
      return Exit.UNAVAILABLE;
    }
    if (e instanceof LexiconException bad) {
      context.err().println("limber: " + bad.getMessage());
      return Exit.DATA;
    }
    if (e instanceof SpeechException) {
      context.err().println("limber: the speech engine failed: " + e.getMessage());
      return Exit.SOFTWARE;
    }
    if (e instanceof InvalidPathException bad) {
      // under a locale such as LANG=C the JVM cannot spell a non-ASCII name; the launcher avoids it
      context
          .err()
          .println(
              "limber: "
                  + Shown.text(bad.getInput())
                  + ": the file name cannot be read in this locale's character set ("
                  + System.getProperty("sun.jnu.encoding")
                  + "); run through the limber launcher or set LC_ALL=C.UTF-8");
      return Exit.USAGE;
    }
    if (e instanceof UncheckedIOException || e instanceof IOException) {
      context.err().println("limber: input or output failed: " + e.getMessage());
      return Exit.IO;
    }
    context.err().println("limber: internal error: " + e + " (run again with --debug for details)");
    return Exit.SOFTWARE;
  }

  /** Reads the version that Maven wrote into the jar's resources. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Limber.class.getResourceAsStream("/limber/version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"limber " + properties.getProperty("version", "development build")};
    }
  }

  /** Hands the context to every command that takes one in its constructor. */
  private record ContextFactory(Context context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(Context.class).newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
