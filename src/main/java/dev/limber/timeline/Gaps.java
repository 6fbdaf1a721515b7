package dev.limber.timeline;

/** The pauses that make the pacing calm, in frames at 16 kHz. */
final class Gaps {
  /** After each sentence of untimed speech. */
  static final long SENTENCE = 6_400;
  /** After the chime that opens a step, before its name. */
  static final long AFTER_CHIME = 4_000;
  /** Between the intro and the first step, and before the outro. */
  static final long BETWEEN_PARTS = 16_000;
  /** The least silence between two cues inside a timed window, and before the window's end. */
  static final long IN_WINDOW = 2_400;
  /** Silence after the closing bell, so the end is not cut. */
  static final long TAIL = 8_000;

  private Gaps() {}
}
