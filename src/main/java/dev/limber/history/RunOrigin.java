package dev.limber.history;

/** How a run was started: which face played it. */
public enum RunOrigin {
  TERMINAL("terminal"),
  PLAIN("plain"),
  HEADLESS("headless"),
  REMOTE("remote");

  private final String word;

  RunOrigin(String word) {
    this.word = word;
  }

  /** The word stored in the database and shown in exports. */
  public String word() {
    return word;
  }

  static RunOrigin of(String word) {
    for (RunOrigin o : values()) {
      if (o.word.equals(word)) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown origin: " + word);
  }
}
