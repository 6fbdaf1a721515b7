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
    for (int i = lastAtOrBefore(eventStarts, frame);
        i >= 0 && eventStarts[i] > frame - longestSay - 1;
        i--) {
      if (events.get(i) instanceof Event.Say say && say.start() <= frame && frame < say.end()) {
        return Optional.of(say);
      }
    }
    return Optional.empty();
  }

  /**
   * What "repeat" says again at {@code frame}: what to do now. In a step, its instructions (its
   * name when it has none), in its preparation and its hold too; in a rest, the rest and what comes
   * next; in the intro and the outro, their lines. Empty before anything has been said.
   */
  List<Event.Say> instructionsAt(long frame) {
    Event.Segment segment = segmentAt(frame);
    List<Event.Say> said = timeline.says().stream().filter(s -> s.start() <= frame).toList();
    List<Event.Say> wanted;
    if (segment.phase() == Phase.REST) {
      wanted =
          said.stream()
              .filter(
                  s ->
                      s.start() >= segment.start()
                          && (s.role() == Role.REST || s.role() == Role.PREVIEW))
              .toList();
    } else if (segment.step() >= 0) {
      List<Event.Say> step =
          timeline.says().stream().filter(s -> s.step() == segment.step()).toList();
      wanted = firstSaying(step, Role.INSTRUCTION);
      if (wanted.isEmpty()) {
        wanted = firstSaying(step, Role.NAME);
      }
    } else {
      Role role = segment.phase() == Phase.OUTRO ? Role.OUTRO : Role.INTRO;
      wanted = said.stream().filter(s -> s.role() == role).toList();
    }
    return wanted.isEmpty() || wanted.get(0).start() > frame ? List.of() : wanted;
  }

  /**
   * The phrases of one role, each text once, in order: instructions are said once however many
   * sides.
   */
  private static List<Event.Say> firstSaying(List<Event.Say> says, Role role) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return says.stream().filter(s -> s.role() == role && seen.add(s.text())).toList();
  }

  /**
   * Where each step's own part ends: its last phase before the rest that follows it. A step whose
   * end is played through counts as completed.
   */
  long[] stepEnds(int steps) {
    long[] ends = new long[steps];
    for (Event.Segment s : segments) {
      if (s.step() >= 0 && s.phase() != Phase.REST && s.phase() != Phase.OUTRO) {
        ends[s.step()] = Math.max(ends[s.step()], s.end());
      }
    }
    return ends;
  }

  /**
   * Where step {@code step} begins (its first segment), or the outro when there is no such step.
   */
  long stepStart(int step) {
    for (Event.Segment s : segments) {
      if (s.step() == step && s.phase() != Phase.OUTRO) {
        return s.start();
      }
    }
    return segments.stream()
        .filter(s -> s.phase() == Phase.OUTRO)
        .findFirst()
        .map(Event::start)
        .orElse(timeline.length());
  }

  /**
   * The index of the last of the sorted {@code starts} at or before {@code frame}; -1 when none is.
   */
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
