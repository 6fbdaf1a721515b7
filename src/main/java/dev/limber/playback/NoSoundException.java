package dev.limber.playback;

/**
 * A run that needs a sound card has none: headless with no device, or a device named that is not
 * there.
 */
public final class NoSoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NoSoundException(String message) {
    super(message);
  }
}
