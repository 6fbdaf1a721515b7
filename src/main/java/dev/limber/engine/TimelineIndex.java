package dev.limber.engine;

import dev.limber.timeline.Event;
import dev.limber.timeline.Phase;
import dev.limber.timeline.Role;
import dev.limber.timeline.Timeline;
import java.util.List;
import java.util.Optional;

/** Fast questions about one timeline: which phase a frame is in, which events start in a block. */
final class TimelineIndex {
  private final Timeline timeline;
  private final List<Event> events;
  private final long[] eventStarts;
  private final List<Event.Segment> segments;
  private final long[] segmentStarts;
  private final long longestSay;

  TimelineIndex(Timeline timeline) {
    this.timeline = timeline;
    this.events = timeline.events();
    this.eventStarts = events.stream().mapToLong(Event::start).toArray();
    this.segments = timeline.segments();
    this.segmentStarts = segments.stream().mapToLong(Event::start).toArray();
    this.longestSay = timeline.says().stream().mapToLong(Event::frames).max().orElse(0);
  }

  Timeline timeline() {
    return timeline;
  }

  List<Event.Segment> segments() {
    return segments;
  }

  /** Index of the segment that {@code frame} falls in (the last one starting at or before it). */
  int segmentIndexAt(long frame) {
    return Math.max(0, lastAtOrBefore(segmentStarts, frame));
  }

  Event.Segment segmentAt(long frame) {
    return segments.get(segmentIndexAt(frame));
  }

  /** Events starting in {@code [from, to)}, in order. */
  List<Event> startingIn(long from, long to) {
    int first = lastAtOrBefore(eventStarts, from - 1) + 1;
    int last = lastAtOrBefore(eventStarts, to - 1);
    return last < first ? List.of() : events.subList(first, last + 1);
  }

  /** The phrase being spoken at {@code frame}, if any. */
  Optional<Event.Say> sayAt(long frame) {
    for (int i = lastAtOrBefore(eventStarts, frame); i >= 0 && eventStarts[i] > frame - longestSay - 1; i--) {
      if (events.get(i) instanceof Event.Say say && say.start() <= frame && frame < say.end()) {
        return Optional.of(say);
      }
    }
    return Optional.empty();
  }

  /** The latest instruction-like phrase that began at or before {@code frame}: what "repeat" says again. */
  Optional<Event.Say> lastInstructionAt(long frame) {
    for (int i = lastAtOrBefore(eventStarts, frame); i >= 0; i--) {
      if (events.get(i) instanceof Event.Say say && !say.role().frequent() && say.role() != Role.RELEASE && say.role() != Role.LEAD_IN) {
        return Optional.of(say);
      }
    }
    return Optional.empty();
  }

  /** Where step {@code step} begins (its first segment), or the outro when there is no such step. */
  long stepStart(int step) {
    for (Event.Segment s : segments) {
      if (s.step() == step && s.phase() != Phase.OUTRO) {
        return s.start();
      }
    }
    return segments.stream().filter(s -> s.phase() == Phase.OUTRO).findFirst().map(Event::start).orElse(timeline.length());
  }

  /** The index of the last of the sorted {@code starts} at or before {@code frame}; -1 when none is. */
  static int lastAtOrBefore(long[] starts, long frame) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= frame) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }
}
