package dev.limber.listen;

/** When the program itself made sound, on the clock the recognizer's frames are mapped to. */
@FunctionalInterface
public interface OwnSound {
  /** Nothing of ours: a microphone check, or a recording of someone else. */
  OwnSound NONE = (from, to) -> false;

  /** Whether the program made sound anywhere in frames {@code from .. to} (exclusive). */
  boolean soundedBetween(long from, long to);
}
