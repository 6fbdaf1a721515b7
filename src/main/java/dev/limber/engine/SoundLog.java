package dev.limber.engine;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * When the engine itself made sound, on its own clock (frames written to the sink): every spoken
 * phrase, count, tone and acknowledgement, but not the ambient bed and not silence. Worked out from
 * what the engine mixes, not from a level, so the voice face can throw away what its microphone
 * heard of the program. Written by the engine's thread, read from any other; keeps the last minute.
 */
public final class SoundLog {
  private static final long KEPT = 60L * dev.limber.timeline.Timeline.SAMPLE_RATE;

  private final Deque<long[]> spans = new ArrayDeque<>();

  /** Notes that frames {@code from .. from+frames} of the sink's clock did or did not sound. */
  synchronized void block(long from, int frames, boolean sounding) {
    if (!sounding || frames <= 0) {
      return;
    }
    long[] last = spans.peekLast();
    if (last != null && last[1] >= from) {
      last[1] = Math.max(last[1], from + frames);
    } else {
      spans.addLast(new long[] {from, from + frames});
    }
    while (!spans.isEmpty() && spans.peekFirst()[1] < from - KEPT) {
      spans.removeFirst();
    }
  }

  /** Whether any sound was made in frames {@code from .. to} (exclusive) of the sink's clock. */
  public synchronized boolean soundedBetween(long from, long to) {
    for (long[] span : spans) {
      if (span[0] < to && span[1] > from) {
        return true;
      }
    }
    return false;
  }
}
