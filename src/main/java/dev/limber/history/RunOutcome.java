package dev.limber.history;

/** How a run ended. A run with no outcome recorded was interrupted (crash, kill -9, power cut). */
public enum RunOutcome {
  COMPLETED("completed"),
  QUIT("quit"),
  STOPPED("stopped"),
  DEVICE_LOST("device-lost"),
  FAILED("failed");

  /** The word for a run that started and never ended. */
  public static final String INTERRUPTED = "interrupted";

  private final String word;

  RunOutcome(String word) {
    this.word = word;
  }

  /**
   * The word stored in the database and shown in exports: completed, quit, stopped, device-lost,
   * failed.
   */
  public String word() {
    return word;
  }

  static RunOutcome of(String word) {
    for (RunOutcome o : values()) {
      if (o.word.equals(word)) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown outcome: " + word);
  }
}
