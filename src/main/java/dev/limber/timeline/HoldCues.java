package dev.limber.timeline;

import dev.limber.session.Breathing;
import dev.limber.session.Count;
import dev.limber.session.Cue;
import java.util.List;
import java.util.Optional;

/**
 * Places what is heard during a hold, highest priority first: the session's own cues, then counted
 * numbers, then breathing (words, or tones), then "halfway" and "ten seconds left", which move up
 * to two seconds to make room rather than silence a number or a breath. A lower one that would
 * overlap a higher one falls back or is left out.
 */
final class HoldCues {
  /** A cue that cannot sound at its second may move this many seconds later. */
  private static final int CUE_SLACK = 3;

  /** Where a mark tries to sound, in seconds from its own second, until one fits. */
  private static final int[] MARK_MOVES = {0, 1, -1, 2, -2};

  private final Window window;
  private final TimelineSettings settings;
  private final int seconds;
  private final Count count;
  private final Optional<Breathing> breathing;

  HoldCues(
      Window window,
      TimelineSettings settings,
      int seconds,
      Count count,
      Optional<Breathing> breathing) {
    this.window = window;
    this.settings = settings;
    this.seconds = seconds;
    this.count = count;
    this.breathing = breathing;
  }

  void place(List<Cue> cues) {
    for (Cue cue : cues) {
      for (int s = cue.at(); s <= Math.min(seconds - 1, cue.at() + CUE_SLACK); s++) {
        if (window.trySay(window.at(s), cue.say(), settings.rate(), Role.CUE)) {
          break;
        }
      }
    }
    counts();
    breathing.ifPresent(
        pattern ->
            new BreathCues(window, settings).place(pattern, 0, seconds, count == Count.BREATHS));
    if (seconds >= 30 && !count.everySecond()) {
      mark(seconds / 2, "Halfway.");
      mark(seconds - 10, "Ten seconds left.");
    }
  }

  private void mark(int second, String words) {
    for (int move : MARK_MOVES) {
      int s = second + move;
      if (s > 0 && s < seconds && window.trySay(window.at(s), words, settings.rate(), Role.MARK)) {
        return;
      }
    }
  }

  private void counts() {
    switch (count) {
      case UP -> {
        for (int s = 1; s < seconds; s++) {
          number(s, s, 1);
        }
      }
      case DOWN -> {
        for (int s = 1; s < seconds; s++) {
          number(s, seconds - s, 1);
        }
      }
      case LAST5 -> {
        for (int s = Math.max(1, seconds - 5); s < seconds; s++) {
          number(s, seconds - s, 1);
        }
      }
      case BREATHS, NONE -> {} // breaths are numbered with the breathing cues
    }
  }

  /**
   * Says {@code n} on second {@code second}; it must end before the next number's slot. A number
   * too long for its slot is said at the quick rate, and skipped if even that does not fit.
   */
  private void number(int second, int n, int slotSeconds) {
    String word = NumberWords.capitalized(n) + ".";
    long at = window.at(second);
    long deadline = window.at(second + slotSeconds);
    if (!window.trySay(at, deadline, word, settings.rate(), Role.COUNT)) {
      window.trySay(at, deadline, word, settings.quickRate(), Role.COUNT);
    }
  }
}
