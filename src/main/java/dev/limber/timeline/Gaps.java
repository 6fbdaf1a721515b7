package dev.limber.timeline;

import dev.limber.session.Pace;

/** The pauses that make the pacing calm, in frames at 16 kHz. */
final class Gaps {
  /** Silence before the opening chime, so a player or a file never starts on a sound. */
  static final long BEFORE_CHIME = 4_800;

  /** After the chime that opens a step, before its name. */
  static final long AFTER_CHIME = 4_000;

  /** Between the intro and the first step, and before the outro, at least. */
  static final long BETWEEN_PARTS = 16_000;

  /** The least silence between two cues inside a timed window, and before the window's end. */
  static final long IN_WINDOW = 2_400;

  /**
   * Between a lead-in ("Begin.", "And hold.") and the first second of what it leads into: 0.5 s.
   */
  static final long AFTER_LEAD_IN = 8_000;

  /** Silence after the closing bell, so the end is not cut. */
  static final long TAIL = 8_000;

  private Gaps() {}

  /** After each sentence of untimed speech: 0.75 s at the calm pace, 1.1 s slow, 0.5 s brisk. */
  static long sentence(Pace pace) {
    return switch (pace) {
      case CALM -> 12_000;
      case SLOW -> 17_600;
      case BRISK -> 8_000;
    };
  }
}
