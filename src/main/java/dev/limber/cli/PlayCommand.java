package dev.limber.cli;

import dev.limber.catalog.Bundled;
import dev.limber.catalog.Catalog;
import dev.limber.session.Step;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code limber play [SESSION]}: plays a session. */
@Command(name = "play", description = "Play a session (default: " + Bundled.DEFAULT_SESSION + ").")
final class PlayCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "SESSION", description = "A session file or an id from 'limber list'.")
  String session = Bundled.DEFAULT_SESSION;

  private final Context context;

  PlayCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Catalog.Entry entry = context.catalog().resolve(session);
    context.out().println(entry.session().title());
    int i = 1;
    for (Step step : entry.session().steps()) {
      context.out().printf("Step %d of %d: %s%n", i++, entry.session().steps().size(), step.name());
    }
    return 0;
  }
}
