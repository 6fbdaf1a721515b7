package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.session.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code limber list}: the sessions that can be played by id, and where each was found. */
@Command(name = "list", description = "List the sessions you can play: bundled, ./sessions and your own folder.")
final class ListCommand implements Callable<Integer> {
  private final Context context;

  ListCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Catalog.Listing listing = context.catalog().list();
    int idWidth = listing.entries().stream().mapToInt(e -> e.session().id().length()).max().orElse(2);
    int titleWidth = listing.entries().stream().mapToInt(e -> e.session().title().length()).max().orElse(5);
    for (Catalog.Entry entry : listing.entries()) {
      Session s = entry.session();
      context.out().printf("%-" + idWidth + "s  %-" + titleWidth + "s  %s%n", s.id(), s.title(), entry.origin().label());
    }
    // Invalid files in a session folder are skipped, but the user should know why one is missing.
    listing.problems().forEach(p -> context.err().println("limber: skipped " + p));
    return 0;
  }
}
