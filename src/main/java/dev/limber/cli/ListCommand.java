package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.session.Session;
import dev.limber.text.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code limber list}: the sessions that can be played by id, how long each lasts, and where it was
 * found.
 */
@Command(
    name = "list",
    description = "List the sessions you can play: bundled, ./sessions and your own folder.")
final class ListCommand implements Callable<Integer> {
  @Mixin VoiceOptions options;

  private final Context context;

  ListCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Catalog.Listing listing = context.catalog().list();
    List<String[]> rows = new ArrayList<>();
    try (Speaker speaker = new Speaker(context)) {
      for (Catalog.Entry entry : listing.entries()) {
        Session s = entry.session();
        // the exact length depends on the voice, so it comes from compiling with real clip lengths
        long seconds = speaker.seconds(s, options.timeline(), options.voice());
        rows.add(
            new String[] {s.id(), Durations.asClock(seconds), s.title(), entry.origin().label()});
      }
    }
    int[] widths = new int[4];
    rows.forEach(
        r -> {
          for (int i = 0; i < 4; i++) {
            widths[i] = Math.max(widths[i], r[i].length());
          }
        });
    for (String[] r : rows) {
      context
          .out()
          .printf(
              "%-" + widths[0] + "s  %" + widths[1] + "s  %-" + widths[2] + "s  %s%n",
              r[0],
              r[1],
              r[2],
              r[3]);
    }
    // Invalid files in a session folder are skipped, but the user should know why one is missing.
    listing.skipped().forEach(line -> context.err().println("limber: skipped " + line));
    return 0;
  }
}
