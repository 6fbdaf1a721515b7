package dev.limber.speech;

/** A line of a lexicon file that is not an entry; the message names the file and the line. */
public final class LexiconException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LexiconException(String message) {
    super(message);
  }
}
