package dev.limber.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.session.Breathing;
import dev.limber.session.Count;
import dev.limber.session.Cue;
import dev.limber.session.Exercise;
import dev.limber.session.Session;
import dev.limber.session.Sides;
import dev.limber.session.Step;
import dev.limber.session.TempoPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The rules every compiled timeline keeps, whatever the session and whatever the clip lengths. */
class TimelinePropertiesTest {
  private static final int S = Timeline.SAMPLE_RATE;

  @Property(tries = 300)
  void noTwoSoundsOverlapAndEveryHoldLastsExactlyItsSeconds(
      @ForAll("sessions") Session session, @ForAll("lengths") ClipLengths lengths) {
    Timeline t = TimelineCompiler.compile(session, TimelineSettings.DEFAULT, lengths);

    List<Event> audible = t.events().stream().filter(e -> !(e instanceof Event.Segment)).toList();
    for (int i = 1; i < audible.size(); i++) {
      assertThat(audible.get(i).start())
          .as("%s overlaps %s", audible.get(i), audible.get(i - 1))
          .isGreaterThanOrEqualTo(audible.get(i - 1).end());
    }
    List<Integer> expected = new ArrayList<>();
    for (Step step : session.steps()) {
      for (int n = 0; n < step.sideCount() * step.sets(); n++) {
        expected.add(step.exercise().seconds());
      }
    }
    assertThat(
            t.segments().stream()
                .filter(s -> s.phase() == Phase.HOLD || s.phase() == Phase.REPS)
                .map(s -> (int) (s.frames() / S))
                .toList())
        .isEqualTo(expected);
    assertThat(t.segments())
        .filteredOn(s -> s.phase() == Phase.HOLD || s.phase() == Phase.REPS)
        .allMatch(s -> s.frames() % S == 0);
    assertThat(t.length()).isGreaterThanOrEqualTo(audible.get(audible.size() - 1).end());
  }

  @Property(tries = 300)
  void countedNumbersStartOnWholeSecondsOfTheirHoldAndEndInsideIt(
      @ForAll("sessions") Session session, @ForAll("lengths") ClipLengths lengths) {
    Timeline t = TimelineCompiler.compile(session, TimelineSettings.DEFAULT, lengths);

    for (Event.Say count : t.says().stream().filter(s -> s.role() == Role.COUNT).toList()) {
      Event.Segment hold =
          t.segments().stream()
              .filter(
                  s ->
                      s.phase() == Phase.HOLD
                          && s.start() <= count.start()
                          && count.start() < s.end())
              .findFirst()
              .orElseThrow();
      assertThat((count.start() - hold.start()) % S).isZero();
      assertThat(count.end()).isLessThanOrEqualTo(hold.end());
    }
  }

  @Property(tries = 300)
  void aMarkNeverTakesTheSecondOfABreathCount(
      @ForAll("sessions") Session session, @ForAll("lengths") ClipLengths lengths) {
    TimelineSettings settings = new TimelineSettings(135, Optional.of(Count.BREATHS), true);
    Timeline t = TimelineCompiler.compile(session, settings, lengths);

    forEachBreathingHold(
        session,
        t,
        (hold, pattern) -> {
          int breath = 1;
          for (long f = hold.start();
              f < hold.end();
              f += (long) pattern.cycleSeconds() * S, breath++) {
            long at = f;
            boolean counted =
                t.says().stream().anyMatch(s -> s.role() == Role.COUNT && s.start() == at);
            long frames =
                lengths.speechFrames(NumberWords.capitalized(breath) + ".", settings.quickRate());
            // a number that could never be said (longer than the breath in, or where something
            // other than a mark sounds: a session's cue, the last breath's tone) is no mark's
            // doing
            long deadline = Math.min(at + (long) pattern.inhale() * S, hold.end());
            boolean fits =
                at + frames <= deadline
                    && t.events().stream()
                        .noneMatch(
                            e ->
                                !(e instanceof Event.Segment)
                                    && !(e instanceof Event.Say s && s.role() == Role.MARK)
                                    && e.start() < at + frames + Gaps.IN_WINDOW
                                    && e.end() + Gaps.IN_WINDOW > at);
            if (!counted && fits) {
              assertThat(t.says())
                  .as("breath %d of a hold at %d", breath, hold.start())
                  .noneMatch(
                      s ->
                          s.role() == Role.MARK
                              && s.start() < at + frames + Gaps.IN_WINDOW
                              && s.end() + Gaps.IN_WINDOW > at);
            }
          }
        });
  }

  @Property(tries = 300)
  void everyPhaseOfEveryBreathIsMarkedByAWordOrAToneWhereOneFits(
      @ForAll("sessions") Session session, @ForAll("lengths") ClipLengths lengths) {
    Timeline t = TimelineCompiler.compile(session, TimelineSettings.DEFAULT, lengths);
    List<Event> audible = t.events().stream().filter(e -> !(e instanceof Event.Segment)).toList();

    forEachBreathingHold(
        session,
        t,
        (hold, pattern) -> {
          for (long f = hold.start(); f < hold.end(); f += (long) pattern.cycleSeconds() * S) {
            long[] phases = {
              f, f + (long) pattern.inhale() * S, f + (long) (pattern.inhale() + pattern.hold()) * S
            };
            String[] tones = {SoundNames.BREATH_IN, SoundNames.BREATH_HOLD, SoundNames.BREATH_OUT};
            for (int p = 0; p < 3; p++) {
              long at = phases[p];
              if ((p == 1 && pattern.hold() == 0) || at >= hold.end()) {
                continue;
              }
              long tone = lengths.soundFrames(tones[p]);
              boolean marked = audible.stream().anyMatch(e -> e.start() == at);
              boolean noRoom =
                  at + tone + Gaps.IN_WINDOW > hold.end()
                      || audible.stream()
                          .anyMatch(
                              e ->
                                  e.start() < at + tone + Gaps.IN_WINDOW
                                      && e.end() + Gaps.IN_WINDOW > at);
              assertThat(marked || noRoom)
                  .as("phase %d of the breath at %d in the hold at %d", p, f, hold.start())
                  .isTrue();
            }
          }
        });
  }

  /** Calls {@code check} with each hold of a step that paces breathing, and the step's pattern. */
  private static void forEachBreathingHold(
      Session session, Timeline t, java.util.function.BiConsumer<Event.Segment, Breathing> check) {
    for (Event.Segment hold : t.segments().stream().filter(s -> s.phase() == Phase.HOLD).toList()) {
      session
          .steps()
          .get(hold.step())
          .breathing()
          .ifPresent(pattern -> check.accept(hold, pattern));
    }
  }

  @Property(tries = 100)
  void theSameInputGivesTheSameTimeline(
      @ForAll("sessions") Session session, @ForAll("lengths") ClipLengths lengths) {
    assertThat(TimelineCompiler.compile(session, TimelineSettings.DEFAULT, lengths))
        .isEqualTo(TimelineCompiler.compile(session, TimelineSettings.DEFAULT, lengths));
  }

  @Provide
  Arbitrary<ClipLengths> lengths() {
    // from a brisk voice to one so slow that most words cannot fit where they belong
    return Arbitraries.doubles()
        .between(0.02, 0.2)
        .map(
            perChar ->
                new ClipLengths() {
                  @Override
                  public long speechFrames(String text, int rate) {
                    return Math.max(1, Math.round(text.length() * perChar * S * 135 / rate));
                  }

                  @Override
                  public long soundFrames(String name) {
                    return Math.round(perChar * 10 * S);
                  }
                });
  }

  @Provide
  Arbitrary<Session> sessions() {
    return step()
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(
            steps ->
                new Session(
                    "p",
                    "Property",
                    Optional.empty(),
                    List.of("Hi. Go gently."),
                    List.of("Done."),
                    steps));
  }

  private Arbitrary<Step> step() {
    Arbitrary<Exercise> exercise =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 90).map(Exercise.Hold::new),
            Combinators.combine(
                    Arbitraries.integers().between(1, 6),
                    Arbitraries.integers().between(1, 5).list().ofMinSize(1).ofMaxSize(4))
                .as(
                    (n, secs) ->
                        new Exercise.Reps(
                            n, secs.stream().map(s -> new TempoPhase("Move now", s)).toList())));
    Arbitrary<Optional<Breathing>> breathing =
        Arbitraries.oneOf(
            Arbitraries.just(Optional.empty()),
            Combinators.combine(
                    Arbitraries.integers().between(1, 6),
                    Arbitraries.integers().between(0, 3),
                    Arbitraries.integers().between(1, 8))
                .as((i, h, e) -> Optional.of(new Breathing(i, h, e))));
    return Combinators.combine(
            exercise,
            Arbitraries.integers().between(1, 3),
            Arbitraries.of(Sides.class),
            Arbitraries.integers().between(0, 8),
            Arbitraries.integers().between(0, 12),
            Arbitraries.of(Count.class),
            breathing,
            Arbitraries.integers().between(1, 89).list().ofMaxSize(3))
        .as(
            (ex, sets, sides, prepare, rest, count, breath, cueSeconds) -> {
              Count c = count == Count.BREATHS && breath.isEmpty() ? Count.UP : count;
              List<Cue> cues =
                  ex instanceof Exercise.Hold h
                      ? cueSeconds.stream()
                          .filter(s -> s < h.seconds())
                          .sorted()
                          .map(s -> new Cue(s, "Keep it soft."))
                          .toList()
                      : List.of();
              return new Step(
                  "Move",
                  List.of("Do this. Then that."),
                  ex,
                  sets,
                  sides,
                  prepare,
                  rest,
                  c,
                  breath,
                  cues,
                  Optional.empty());
            });
  }
}
