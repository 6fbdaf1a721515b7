package dev.limber.ui;

import dev.limber.playback.Outcome;
import dev.limber.text.Durations;
import java.util.ArrayList;
import java.util.List;

/** After a run: how it ended, time played, steps done and skipped, and what the log says of it. */
final class EndScreen {
  static final String HELP = "Enter: back to the sessions, q: quit.";

  private EndScreen() {}

  /** The facts, one a line, in the order they are shown and spoken. */
  static List<String> lines(Outcome outcome, List<String> logged) {
    List<String> lines = new ArrayList<>();
    lines.add(Summary.of(outcome).orElse("The session ended."));
    lines.add("Time played: " + Durations.inWords(Math.round(outcome.secondsPlayed())) + ".");
    lines.add(
        "Steps done: "
            + outcome.stepsCompleted()
            + " of "
            + outcome.last().steps()
            + ". Steps skipped: "
            + outcome.stepsSkipped()
            + ".");
    lines.addAll(logged);
    return lines;
  }

  static void draw(Canvas c, List<String> lines, boolean noSound) {
    int row = 0;
    if (noSound) {
      c.banner(row++, "NO SOUND: captions only", Theme.Role.ALERT);
    }
    row++;
    for (int i = 0; i < lines.size() && row < c.rows() - 2; i++) {
      for (String part : Canvas.wrap(lines.get(i), c.columns(), 3)) {
        if (row < c.rows() - 2) {
          c.text(row++, 0, part, i == 0 ? Theme.Role.STRONG : Theme.Role.NORMAL);
        }
      }
      row++;
    }
    c.text(c.rows() - 1, 0, HELP, Theme.Role.DIM);
  }
}
