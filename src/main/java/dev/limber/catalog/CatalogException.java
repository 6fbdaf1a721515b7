package dev.limber.catalog;

/** A session or a data folder that cannot be used, in one line the user can act on. */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of trouble it is; the command line turns each into its exit status. */
  public enum Kind {
    /** No such file or session id, or a file that is a folder or not ours to read. */
    NOT_FOUND,
    /** The file is there but reading it failed. */
    UNREADABLE,
    /** The environment names data folders that cannot be used (LIMBER_HOME a file, HOME empty). */
    BAD_SETUP
  }

  private final Kind kind;

  public CatalogException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public CatalogException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
