package dev.limber.cli;

/**
 * A failure the user must hear about: one line of text and the exit status it ends the run with.
 */
public class LimberException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public LimberException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public LimberException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
