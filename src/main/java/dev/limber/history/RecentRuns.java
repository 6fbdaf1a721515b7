package dev.limber.history;

import java.util.ArrayList;
import java.util.List;

/** The most recent runs, newest first: an aligned table, or one sentence per run for plain mode. */
final class RecentRuns {
  private static final String[] HEADINGS = {
    "Date", "Session", "Minutes", "Outcome", "Pain before → after"
  };

  private RecentRuns() {}

  static List<String> table(List<Run> newestFirst) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADINGS);
    for (Run r : newestFirst) {
      rows.add(
          new String[] {
            Words.shortDate(r.startedAt()),
            r.title(),
            Long.toString(Math.round(r.secondsPlayed() / 60.0)),
            outcome(r),
            pain(r)
          });
    }
    int[] widths = new int[HEADINGS.length];
    rows.forEach(
        row -> {
          for (int i = 0; i < row.length; i++) {
            widths[i] = Math.max(widths[i], row[i].length());
          }
        });
    List<String> lines = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        // minutes line up on the right, like numbers; the rest on the left
        String padding = " ".repeat(widths[i] - row[i].length());
        line.append(i == 2 ? padding + row[i] : row[i] + padding).append("  ");
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  static List<String> sentences(List<Run> newestFirst) {
    List<String> lines = new ArrayList<>();
    for (Run r : newestFirst) {
      String pain = painWords(r);
      lines.add(
          Words.longDate(r.startedAt())
              + ": "
              + r.title()
              + ", "
              + Words.duration(r.secondsPlayed())
              + ", "
              + outcome(r)
              + (pain.isEmpty() ? "" : ", " + pain)
              + ".");
    }
    return lines;
  }

  /**
   * "completed", "completed, 1 step skipped", "quit at step 3 of 8", "interrupted at step 3 of 8".
   */
  static String outcome(Run r) {
    if (r.completed()) {
      int skipped = r.stepsSkipped().orElse(0);
      return skipped == 0 ? "completed" : "completed, " + Words.count(skipped, "step") + " skipped";
    }
    String word =
        r.outcome()
            .map(o -> o == RunOutcome.DEVICE_LOST ? "device lost" : o.word())
            .orElse(RunOutcome.INTERRUPTED);
    return r.stepReached() == 0
        ? word + " before the first step"
        : word + " at step " + r.stepReached() + " of " + r.steps();
  }

  private static String pain(Run r) {
    if (r.painBefore().isEmpty() && r.painAfter().isEmpty()) {
      return "";
    }
    return (r.painBefore().isPresent() ? r.painBefore().getAsInt() + " " : "")
        + "→"
        + (r.painAfter().isPresent() ? " " + r.painAfter().getAsInt() : "");
  }

  private static String painWords(Run r) {
    if (r.painBefore().isPresent() && r.painAfter().isPresent()) {
      return "pain "
          + r.painBefore().getAsInt()
          + " before and "
          + r.painAfter().getAsInt()
          + " after";
    }
    if (r.painBefore().isPresent()) {
      return "pain " + r.painBefore().getAsInt() + " before";
    }
    return r.painAfter().isPresent() ? "pain " + r.painAfter().getAsInt() + " after" : "";
  }
}
