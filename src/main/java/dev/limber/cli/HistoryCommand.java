package dev.limber.cli;

import dev.limber.catalog.DataDirs;
import dev.limber.history.Exports;
import dev.limber.history.HistoryException;
import dev.limber.history.HistoryReader;
import dev.limber.history.HistoryReport;
import dev.limber.history.Run;
import dev.limber.history.RunFilter;
import dev.limber.ui.Config;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code limber history}: every recorded run, with totals, streaks, a chart and pain ratings, or
 * the runs as JSON or CSV. Only reads: works while another Limber is playing and recording.
 */
@Command(
    name = "history",
    description = {
      "Show every run (completed, quit, stopped, interrupted), totals, streaks, a chart of the last"
          + " 8 weeks and pain before and after; --json and --csv export the runs.",
      "The log is history.db in $XDG_DATA_HOME/limber (or $LIMBER_HOME), a SQLite file: see docs/history.md."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success, also when no run is recorded yet",
      "64:bad usage",
      "65:the database is from a newer Limber, damaged or not Limber's (it is left as it is)",
      "74:the database cannot be read, or stays locked"
    })
final class HistoryCommand implements Callable<Integer> {
  @Option(names = "--json", description = "Print the runs as a JSON array, oldest first.")
  boolean json;

  @Option(
      names = "--csv",
      description = "Print the runs as CSV (RFC 4180), a header first, one row per run.")
  boolean csv;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only runs played on or after this date, like 2026-11-01.")
  String since;

  @Option(names = "--session", paramLabel = "ID", description = "Only runs of this session id.")
  String session;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Show the last N runs (default: 10 in the report, all in an export).")
  Integer limit;

  @Option(names = "--no-streaks", description = "Do not show streaks of days.")
  boolean noStreaks;

  @Option(
      names = "--plain",
      description = "Sentences instead of a table and a chart, for screen readers.")
  boolean plain;

  private final Context context;

  HistoryCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (json && csv) {
      throw new LimberException(Exit.USAGE, "choose one of --json and --csv");
    }
    if (limit != null && limit < 1) {
      throw new LimberException(Exit.USAGE, "--limit must be at least 1, found " + limit);
    }
    RunFilter filter =
        new RunFilter(
            Optional.ofNullable(since).map(HistoryCommand::date), Optional.ofNullable(session));
    DataDirs dirs = context.dirs();
    Optional<List<Run>> recorded;
    try {
      recorded = HistoryReader.read(dirs.history(), dirs.cache(), filter);
    } catch (HistoryException e) {
      int status = e.transientFailure() ? Exit.IO : Exit.DATA;
      throw new LimberException(status, e.getMessage(), e);
    }
    List<Run> runs = recorded.orElse(List.of());
    if (json || csv) {
      List<Run> last =
          limit == null ? runs : runs.subList(Math.max(0, runs.size() - limit), runs.size());
      context.out().print(json ? Exports.json(last) : Exports.csv(last));
      context.out().flush();
      return Exit.OK;
    }
    if (runs.isEmpty()) {
      context
          .out()
          .println(
              recorded.isEmpty() || filter.equals(RunFilter.ALL)
                  ? "No runs recorded yet."
                  : "No runs match.");
      return Exit.OK;
    }
    // "streaks": false in config.json hides them for good, for people who find them stressful
    boolean streaks =
        !noStreaks
            && Config.load(
                    context.dirs().config(), line -> context.err().println("limber: " + line))
                .streaks()
                .orElse(true);
    HistoryReport report =
        new HistoryReport(limit == null ? HistoryReport.DEFAULT_LIMIT : limit, streaks, plain);
    report.render(runs, ZonedDateTime.now()).forEach(context.out()::println);
    return Exit.OK;
  }

  private static LocalDate date(String typed) {
    try {
      return LocalDate.parse(typed);
    } catch (DateTimeParseException e) {
      throw new LimberException(
          Exit.USAGE, "--since: expected a date like 2026-11-01, found '" + typed + "'");
    }
  }
}
