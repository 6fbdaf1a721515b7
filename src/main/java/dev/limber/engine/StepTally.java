package dev.limber.engine;

/**
 * Which steps were played to their end and which were skipped over, for the outcome of a run. A
 * step counts once however often it was played, and a skipped step that is gone back to and
 * completed counts as completed.
 */
final class StepTally {
  private final boolean[] completed;
  private final boolean[] skipped;
  private long[] ends;

  StepTally(long[] stepEnds) {
    this.completed = new boolean[stepEnds.length];
    this.skipped = new boolean[stepEnds.length];
    this.ends = stepEnds;
  }

  /** The same steps at other places, after the session was compiled again at another rate. */
  void moveTo(long[] stepEnds) {
    ends = stepEnds;
  }

  /** The session played on from {@code from} to {@code to}: steps whose end it reached are done. */
  void played(long from, long to) {
    for (int i = 0; i < ends.length; i++) {
      if (from < ends[i] && ends[i] <= to) {
        completed[i] = true;
      }
    }
  }

  /** A jump from {@code from} to {@code to}: steps whose end it passed over were skipped. */
  void jumped(long from, long to) {
    for (int i = 0; i < ends.length; i++) {
      if (from < ends[i] && ends[i] <= to) {
        skipped[i] = true;
      }
    }
  }

  int completed() {
    int n = 0;
    for (boolean c : completed) {
      n += c ? 1 : 0;
    }
    return n;
  }

  int skipped() {
    int n = 0;
    for (int i = 0; i < skipped.length; i++) {
      n += skipped[i] && !completed[i] ? 1 : 0;
    }
    return n;
  }
}
