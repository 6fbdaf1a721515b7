package dev.limber.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * A timed stretch (a hold, the reps, a rest) of an exact length. Cues are placed at fixed moments
 * in priority order: one that would overlap an earlier-placed cue, or run past the end, does not
 * fit, and the caller falls back to something shorter or leaves it out.
 */
final class Window {
  private final long start;
  private final long end;
  private final int step;
  private final ClipLengths lengths;
  private final List<Event> events = new ArrayList<>();

  Window(long start, long frames, int step, ClipLengths lengths) {
    this.start = start;
    this.end = start + frames;
    this.step = step;
    this.lengths = lengths;
  }

  long start() {
    return start;
  }

  long end() {
    return end;
  }

  List<Event> events() {
    return events;
  }

  /** Frame of whole second {@code second} of the window. */
  long at(int second) {
    return start + (long) second * Timeline.SAMPLE_RATE;
  }

  /** Speaks {@code text} at frame {@code at} if it fits there; true when placed. */
  boolean trySay(long at, String text, int rate, Role role) {
    return trySay(at, end, text, rate, role);
  }

  /** Speaks {@code text} at {@code at} if it fits there and ends a gap before {@code deadline}. */
  boolean trySay(long at, long deadline, String text, int rate, Role role) {
    long frames = lengths.speechFrames(text, rate);
    if (!fits(at, frames) || at + frames + Gaps.IN_WINDOW > deadline) {
      return false;
    }
    events.add(new Event.Say(at, at + frames, step, text, rate, role));
    return true;
  }

  boolean trySound(long at, String name, Role role) {
    long frames = lengths.soundFrames(name);
    if (!fits(at, frames)) {
      return false;
    }
    events.add(new Event.Sound(at, at + frames, step, name, role));
    return true;
  }

  /** The first frame after everything placed so far, plus the in-window gap. */
  long firstFreeFrame() {
    return events.stream().mapToLong(Event::end).max().orElse(start - Gaps.IN_WINDOW)
        + Gaps.IN_WINDOW;
  }

  private boolean fits(long at, long frames) {
    if (at < start || at + frames + Gaps.IN_WINDOW > end) {
      return false;
    }
    for (Event e : events) {
      if (at < e.end() + Gaps.IN_WINDOW && e.start() < at + frames + Gaps.IN_WINDOW) {
        return false;
      }
    }
    return true;
  }
}
