package dev.limber.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.limber.session.Ambient;
import dev.limber.session.Breathing;
import dev.limber.session.Count;
import dev.limber.session.Exercise;
import dev.limber.session.Pace;
import dev.limber.session.Session;
import dev.limber.session.Sides;
import dev.limber.session.Step;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The breathing cues, the pauses of each pace, the opening and the ambient bed on the timeline. */
class BreathingAndPaceTest {
  private static final int S = Timeline.SAMPLE_RATE;

  private static Step breathing(int seconds, Count count, Breathing pattern) {
    return new Step(
        "Breathe",
        List.of(),
        new Exercise.Hold(seconds),
        1,
        Sides.NONE,
        0,
        0,
        count,
        Optional.of(pattern),
        List.of(),
        Optional.empty());
  }

  private static Session session(Pace pace, Optional<Ambient> ambient, Step... steps) {
    return new Session(
        "t",
        "Test",
        Optional.empty(),
        List.of("Hello. Go gently."),
        List.of("Bye."),
        List.of(steps),
        pace,
        ambient);
  }

  private static Timeline compile(Session s) {
    return TimelineCompiler.compile(s, TimelineSettings.DEFAULT, new FakeClipLengths());
  }

  private static long holdStart(Timeline t) {
    return t.segments().stream()
        .filter(s -> s.phase() == Phase.HOLD)
        .findFirst()
        .orElseThrow()
        .start();
  }

  @Test
  void breathsCountedAloudSayBreatheInOnTheFirstBreathsAndTheHoldHasItsWordThenItsTone() {
    Timeline t =
        compile(
            session(
                Pace.CALM, Optional.empty(), breathing(40, Count.BREATHS, new Breathing(4, 2, 4))));
    long start = holdStart(t);

    assertThat(t.says())
        .filteredOn(s -> s.role() == Role.COUNT || s.role() == Role.BREATH)
        .extracting(s -> (s.start() - start) / S, Event.Say::text)
        .startsWith(
            tuple(0L, "One. Breathe in."),
            tuple(4L, "Hold."),
            tuple(6L, "And out."),
            tuple(10L, "Two. Breathe in."),
            tuple(14L, "Hold."),
            tuple(16L, "And out."),
            tuple(20L, "Three."));
    assertThat(t.events())
        .filteredOn(e -> e instanceof Event.Sound s && s.role() == Role.BREATH)
        .extracting(e -> (e.start() - start) / S, Event::text)
        .startsWith(tuple(24L, SoundNames.BREATH_HOLD), tuple(26L, SoundNames.BREATH_OUT));
  }

  @Test
  void aMarkMovesASecondRatherThanSilenceABreathCount() {
    // counts fall on 0, 10, ..., 50: "halfway" (30) and "ten seconds left" (50) sit on counts
    Timeline t =
        compile(
            session(
                Pace.CALM, Optional.empty(), breathing(60, Count.BREATHS, new Breathing(5, 0, 5))));
    long start = holdStart(t);

    assertThat(t.says())
        .filteredOn(s -> s.role() == Role.COUNT)
        .extracting(s -> (s.start() - start) / S)
        .containsExactly(0L, 10L, 20L, 30L, 40L, 50L);
    assertThat(t.says())
        .filteredOn(s -> s.role() == Role.MARK)
        .extracting(s -> (s.start() - start) / S, Event.Say::text)
        .containsExactly(tuple(31L, "Halfway."), tuple(51L, "Ten seconds left."));
  }

  @Test
  void sentencePausesFollowThePace() {
    for (Pace pace : Pace.values()) {
      Timeline t =
          compile(
              session(pace, Optional.empty(), breathing(10, Count.NONE, new Breathing(4, 0, 4))));
      List<Event.Say> intro = t.says().stream().filter(s -> s.role() == Role.INTRO).toList();
      assertThat(intro.get(1).start() - intro.get(0).end())
          .as(pace.jsonName())
          .isEqualTo(Gaps.sentence(pace));
    }
    assertThat(Gaps.sentence(Pace.CALM)).isEqualTo(S * 3 / 4);
    assertThat(Gaps.sentence(Pace.SLOW)).isGreaterThan(Gaps.sentence(Pace.CALM));
    assertThat(Gaps.sentence(Pace.BRISK)).isLessThan(Gaps.sentence(Pace.CALM));
  }

  @Test
  void theSessionAndItsOpeningStartWithSilenceBeforeTheChime() {
    Timeline t =
        compile(
            session(
                Pace.CALM, Optional.empty(), breathing(10, Count.NONE, new Breathing(4, 0, 4))));
    Timeline opening = TimelineCompiler.opening(new FakeClipLengths());

    assertThat(
            t.events().stream()
                .filter(e -> !(e instanceof Event.Segment))
                .findFirst()
                .orElseThrow()
                .start())
        .isEqualTo(S * 3 / 10);
    assertThat(opening.events())
        .filteredOn(e -> !(e instanceof Event.Segment))
        .extracting(Event::start)
        .containsExactly((long) S * 3 / 10);
    assertThat(opening.length())
        .isEqualTo(S * 3 / 10 + new FakeClipLengths().soundFrames(SoundNames.CHIME));
  }

  @Test
  void theBedIsTheSessionsUnlessTheSettingsSayOtherwiseAndSwellsWithTheBreath() {
    Session s =
        session(
            Pace.SLOW,
            Optional.of(Ambient.WAVES),
            breathing(10, Count.NONE, new Breathing(4, 2, 6)));

    Timeline waves = compile(s);
    assertThat(waves.bed()).hasValueSatisfying(b -> assertThat(b.swellSeconds()).isEqualTo(12));
    // the waves follow the paced hold breath by breath: one stretch of breaths, where the hold is
    Event.Segment hold =
        waves.events().stream()
            .filter(e -> e instanceof Event.Segment seg && seg.phase() == Phase.HOLD)
            .map(Event.Segment.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(waves.bed().orElseThrow().breaths())
        .containsExactly(new Bed.Breaths(hold.start(), hold.end(), 4, 2, 6));
    assertThat(
            TimelineCompiler.compile(
                    s,
                    new TimelineSettings(135, Optional.empty(), true, Optional.of(Ambient.NONE)),
                    new FakeClipLengths())
                .bed())
        .isEmpty();
    assertThat(
            TimelineCompiler.compile(
                    s,
                    new TimelineSettings(135, Optional.empty(), false, Optional.of(Ambient.DRONE)),
                    new FakeClipLengths())
                .bed())
        .contains(new Bed(Ambient.DRONE, 0));
    assertThat(
            compile(
                    session(
                        Pace.CALM,
                        Optional.empty(),
                        breathing(10, Count.NONE, new Breathing(4, 0, 4))))
                .bed())
        .isEmpty();
  }
}
