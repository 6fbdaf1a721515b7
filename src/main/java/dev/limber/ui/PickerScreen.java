package dev.limber.ui;

import dev.limber.catalog.Catalog;
import dev.limber.session.Session;
import dev.limber.text.Durations;
import java.util.List;
import java.util.Map;

/**
 * The list of sessions to choose from: number, title, length in words, where it was found, summary.
 */
final class PickerScreen {
  static final String HELP = "Up and down choose, Enter or a number plays, q quits.";
  private static final String SHORT_HELP = "Arrows and Enter, or a number; q quits.";

  private PickerScreen() {}

  static void draw(
      Canvas c,
      List<Catalog.Entry> entries,
      Map<String, Long> lengths,
      int selected,
      boolean noSound) {
    int row = 0;
    c.text(row++, 0, "Limber: choose a session", Theme.Role.STRONG);
    if (noSound) {
      c.banner(row++, "NO SOUND: captions only", Theme.Role.ALERT);
    }
    row++;
    boolean narrow = c.columns() < 60;
    boolean second = narrow || c.rows() - row - 2 >= entries.size() * 2;
    int per = second ? 2 : 1;
    int first = Math.max(0, Math.min(selected - (c.rows() - row - 2) / per + 1, entries.size()));
    for (int i = first; i < entries.size() && row + per <= c.rows() - 2; i++) {
      Session s = entries.get(i).session();
      String marker = i == selected ? "> " : "  ";
      String about =
          length(lengths, s.id())
              + (narrow
                  ? ", " + entries.get(i).origin().label()
                  : " (" + entries.get(i).origin().label() + ")");
      String line = marker + (i + 1) + "  " + s.title() + (narrow ? "" : ", " + about);
      c.text(
          row++,
          0,
          i == selected ? padded(line, c.columns()) : line,
          i == selected ? Theme.Role.SELECTED : Theme.Role.NORMAL);
      if (second) {
        String below =
            narrow
                ? about
                : Canvas.wrap(s.summary().orElse(""), Math.max(4, c.columns() - 5), 1).stream()
                    .findFirst()
                    .orElse("");
        c.text(row++, 5, below, Theme.Role.DIM);
      }
    }
    c.text(c.rows() - 1, 0, HELP.length() <= c.columns() ? HELP : SHORT_HELP, Theme.Role.DIM);
  }

  /** What the voice says on moving to an entry: "2 of 4, Core strength, 10 minutes". */
  static String spoken(List<Catalog.Entry> entries, Map<String, Long> lengths, int selected) {
    Session s = entries.get(selected).session();
    Long seconds = lengths.get(s.id());
    return (selected + 1)
        + " of "
        + entries.size()
        + ", "
        + s.title()
        + (seconds == null ? "" : ", " + roughly(seconds))
        + ".";
  }

  static String length(Map<String, Long> lengths, String id) {
    Long seconds = lengths.get(id);
    return seconds == null ? "length not known yet" : Durations.inWords(seconds);
  }

  /** A length as a listener wants it: whole minutes from a minute on. */
  static String roughly(long seconds) {
    return seconds < 60 ? Durations.inWords(seconds) : Durations.inWords((seconds + 30) / 60 * 60);
  }

  private static String padded(String line, int columns) {
    return line.length() >= columns ? line : line + " ".repeat(columns - line.length());
  }
}
