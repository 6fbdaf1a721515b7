package dev.limber.timeline;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A compiled session: every event on one sample clock, sorted by start, the total length, and the
 * ambient bed if any.
 */
public record Timeline(int sampleRate, List<Event> events, long length, Optional<Bed> bed) {
  /** Frames per second of every timeline: the FreeTTS voice's own rate. */
  public static final int SAMPLE_RATE = 16_000;

  /** A timeline with silence between its cues. */
  public Timeline(int sampleRate, List<Event> events, long length) {
    this(sampleRate, events, length, Optional.empty());
  }

  public Timeline {
    java.util.Objects.requireNonNull(bed, "bed");
    events =
        events.stream()
            .sorted(
                Comparator.comparingLong(Event::start)
                    .thenComparing(e -> e instanceof Event.Segment ? 0 : 1))
            .toList();
  }

  public List<Event.Say> says() {
    return events.stream().filter(Event.Say.class::isInstance).map(Event.Say.class::cast).toList();
  }

  public List<Event.Segment> segments() {
    return events.stream()
        .filter(Event.Segment.class::isInstance)
        .map(Event.Segment.class::cast)
        .toList();
  }

  /** Whole seconds, rounded up, as {@code list} shows them. */
  public long seconds() {
    return (length + sampleRate - 1) / sampleRate;
  }
}
