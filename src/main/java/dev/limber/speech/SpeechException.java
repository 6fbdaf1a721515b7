package dev.limber.speech;

/** The speech engine could not be started or failed to speak. */
public final class SpeechException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SpeechException(String message, Throwable cause) {
    super(message, cause);
  }
}
