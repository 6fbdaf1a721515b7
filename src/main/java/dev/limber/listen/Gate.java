package dev.limber.listen;

/**
 * Throws away what the microphone may have heard of the program's own voice: a command whose words
 * (their last 1.5 s at most) overlap the program's own sound, widened by 0.3 s for the room's echo
 * and the sound card's delay. Decided from when the program made sound, never from a level.
 */
public final class Gate {
  /** The longest stretch of a command's end that is checked. */
  static final long WINDOW = 3 * Listening.SAMPLE_RATE / 2;

  /** Own sound is taken to last this much longer on either side. */
  static final long MARGIN = 3 * Listening.SAMPLE_RATE / 10;

  private final OwnSound own;

  public Gate(OwnSound own) {
    this.own = own;
  }

  /** Whether a command heard over frames {@code start .. end} is the user's, not the program's. */
  public boolean passes(long start, long end) {
    long from = Math.max(start, end - WINDOW);
    return !own.soundedBetween(from - MARGIN, end + MARGIN);
  }
}
