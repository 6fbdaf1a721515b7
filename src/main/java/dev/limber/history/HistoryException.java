package dev.limber.history;

/** The history database cannot be used; the message is one line for the user. */
public final class HistoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why, so a caller can choose an exit status or decide whether trying again can help. */
  public enum Reason {
    /** Written by a newer Limber: refused, never modified. Trying again does not help. */
    NEWER_SCHEMA,
    /**
     * Not a SQLite database, damaged, or not Limber's: left as it is. Trying again does not help.
     */
    NOT_A_HISTORY,
    /** Locked by another program for longer than the busy timeout. Trying again later may help. */
    BUSY,
    /** Cannot be created, read or written: read-only folder or file, full disk, I/O error. */
    UNAVAILABLE
  }

  private final Reason reason;

  HistoryException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** Whether a later attempt may succeed. */
  public boolean transientFailure() {
    return reason == Reason.BUSY || reason == Reason.UNAVAILABLE;
  }
}
