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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineCompilerTest {
  private static final int S = Timeline.SAMPLE_RATE;

  static Step hold(int seconds, Count count) {
    return new Step(
        "Stretch",
        List.of("Lie down."),
        new Exercise.Hold(seconds),
        1,
        Sides.NONE,
        5,
        10,
        count,
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  static Session session(Step... steps) {
    return new Session(
        "t", "Test", Optional.empty(), List.of("Hello."), List.of("Bye."), List.of(steps));
  }

  private static Timeline compile(Session s, ClipLengths lengths) {
    return TimelineCompiler.compile(s, TimelineSettings.DEFAULT, lengths);
  }

  private static Event.Segment only(Timeline t, Phase phase) {
    return t.segments().stream().filter(s -> s.phase() == phase).findFirst().orElseThrow();
  }

  @Test
  void lastFiveCountsLandOnTheLastFiveWholeSecondsThenRelease() {
    Timeline t = compile(session(hold(20, Count.LAST5)), new FakeClipLengths());
    Event.Segment hold = only(t, Phase.HOLD);

    assertThat(hold.frames()).isEqualTo(20L * S);
    assertThat(t.says())
        .filteredOn(s -> s.role() == Role.COUNT)
        .extracting(s -> (s.start() - hold.start()) / (double) S, Event.Say::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(15.0, "Five."),
            org.assertj.core.groups.Tuple.tuple(16.0, "Four."),
            org.assertj.core.groups.Tuple.tuple(17.0, "Three."),
            org.assertj.core.groups.Tuple.tuple(18.0, "Two."),
            org.assertj.core.groups.Tuple.tuple(19.0, "One."));
    Event.Say release =
        t.says().stream().filter(s -> s.role() == Role.RELEASE).findFirst().orElseThrow();
    assertThat(release.start()).isEqualTo(hold.end());
  }

  @Test
  void theLeadInEndsHalfASecondBeforeTheHoldBeginsOnTime() {
    Timeline t = compile(session(hold(20, Count.LAST5)), new FakeClipLengths());

    Event.Say leadIn =
        t.says().stream().filter(s -> s.role() == Role.LEAD_IN).findFirst().orElseThrow();
    Event.Say prepare =
        t.says().stream().filter(s -> s.role() == Role.PREPARE).findFirst().orElseThrow();
    long holdStart = only(t, Phase.HOLD).start();
    assertThat(holdStart - leadIn.end()).as("a pause after \"And hold.\"").isEqualTo(S / 2);
    assertThat(holdStart - prepare.start())
        .as("the hold starts when the 5 seconds of prepare are over")
        .isEqualTo(5L * S);
  }

  @Test
  void aNumberTooLongForItsSecondIsSaidFasterAndOneTooLongEvenThenIsSkipped() {
    FakeClipLengths lengths =
        new FakeClipLengths()
            .with("Twenty two.", 135, 1.1)
            .with("Twenty two.", 190, 0.7)
            .with("Twenty one.", 135, 1.1)
            .with("Twenty one.", 190, 0.95);
    Timeline t = compile(session(hold(25, Count.DOWN)), lengths);

    List<Event.Say> counts = t.says().stream().filter(s -> s.role() == Role.COUNT).toList();
    assertThat(counts)
        .filteredOn(s -> s.text().equals("Twenty two."))
        .singleElement()
        .extracting(Event.Say::rate)
        .isEqualTo(190);
    assertThat(counts).noneMatch(s -> s.text().equals("Twenty one."));
    assertThat(counts).anyMatch(s -> s.text().equals("Twenty."));
  }

  @Test
  void halfwayAndTenSecondsLeftMarkLongHoldsUnlessEverySecondIsCounted() {
    Timeline marked = compile(session(hold(40, Count.LAST5)), new FakeClipLengths());
    Timeline counted = compile(session(hold(40, Count.UP)), new FakeClipLengths());
    long start = only(marked, Phase.HOLD).start();

    assertThat(marked.says())
        .filteredOn(s -> s.role() == Role.MARK)
        .extracting(s -> (s.start() - start) / S, Event.Say::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(20L, "Halfway."),
            org.assertj.core.groups.Tuple.tuple(30L, "Ten seconds left."));
    assertThat(counted.says()).noneMatch(s -> s.role() == Role.MARK);
  }

  @Test
  void breathingIsSpokenForTwoBreathsThenBecomesTones() {
    Step step =
        new Step(
            "Rest",
            List.of(),
            new Exercise.Hold(28),
            1,
            Sides.NONE,
            0,
            0,
            Count.NONE,
            Optional.of(new Breathing(4, 0, 6)),
            List.of(),
            Optional.empty());
    Timeline t = compile(session(step), new FakeClipLengths());

    assertThat(t.says())
        .filteredOn(s -> s.role() == Role.BREATH)
        .extracting(Event.Say::text)
        .containsExactly("Breathe in.", "And out.", "Breathe in.", "And out.");
    assertThat(t.events())
        .filteredOn(e -> e instanceof Event.Sound s && s.role() == Role.BREATH)
        .extracting(Event::text)
        .containsExactly("breath-in.wav", "breath-out.wav");
  }

  @Test
  void cuesWinOverCountsAndACueMovesToTheNextFreeSecond() {
    Step step =
        new Step(
            "Stretch",
            List.of(),
            new Exercise.Hold(20),
            1,
            Sides.NONE,
            5,
            0,
            Count.LAST5,
            Optional.empty(),
            List.of(new Cue(16, "Keep breathing."), new Cue(16, "Soft.")),
            Optional.empty());
    Timeline t = compile(session(step), new FakeClipLengths());
    long start = only(t, Phase.HOLD).start();

    assertThat(t.says())
        .filteredOn(s -> s.role() == Role.CUE || s.role() == Role.COUNT)
        .extracting(s -> (s.start() - start) / S, Event.Say::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(15L, "Five."),
            org.assertj.core.groups.Tuple.tuple(16L, "Keep breathing."),
            org.assertj.core.groups.Tuple.tuple(18L, "Soft."),
            org.assertj.core.groups.Tuple.tuple(19L, "One."));
  }

  @Test
  void bothSidesGetEqualTimeAndTheSwitchIsAnnounced() {
    Step step =
        new Step(
            "Twist",
            List.of(),
            new Exercise.Hold(30),
            2,
            Sides.BOTH,
            5,
            8,
            Count.LAST5,
            Optional.empty(),
            List.of(),
            Optional.empty());
    Timeline t = compile(session(step), new FakeClipLengths());

    assertThat(t.segments())
        .filteredOn(s -> s.phase() == Phase.HOLD)
        .extracting(Event.Segment::side, Event.Segment::set, Event::frames)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 1, 30L * S),
                org.assertj.core.groups.Tuple.tuple(1, 2, 30L * S),
            org.assertj.core.groups.Tuple.tuple(2, 1, 30L * S),
                org.assertj.core.groups.Tuple.tuple(2, 2, 30L * S));
    assertThat(t.says())
        .filteredOn(s -> s.role() == Role.SIDE || s.role() == Role.SET)
        .extracting(Event.Say::text)
        .containsExactly(
            "Left side.",
            "Set one of two.",
            "Set two of two.",
            "Now the right side.",
            "Set one of two.",
            "Set two of two.");
    assertThat(t.segments())
        .filteredOn(s -> s.phase() == Phase.REST)
        .extracting(Event::frames)
        .containsExactly(8L * S, 8L * S);
  }

  @Test
  void repsSpeakTheNumberWithTheFirstPhaseAndDropWordsThatDoNotFit() {
    Step step =
        new Step(
            "Cat and cow",
            List.of(),
            new Exercise.Reps(3, List.of(new TempoPhase("Round", 3), new TempoPhase("Drop", 1))),
            1,
            Sides.NONE,
            0,
            0,
            Count.LAST5,
            Optional.empty(),
            List.of(),
            Optional.empty());
    FakeClipLengths lengths = new FakeClipLengths().with("Drop", 135, 1.2);
    Timeline t = compile(session(step), lengths);
    Event.Segment reps = only(t, Phase.REPS);

    assertThat(reps.frames()).isEqualTo(12L * S);
    assertThat(t.says())
        .filteredOn(s -> s.role() == Role.REP)
        .extracting(s -> (s.start() - reps.start()) / S, Event.Say::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0L, "One. Round"),
            org.assertj.core.groups.Tuple.tuple(4L, "Two. Round"),
            org.assertj.core.groups.Tuple.tuple(8L, "Three. Round"));
  }

  @Test
  void restsLastTheirSecondsAndPreviewTheNextStep() {
    Timeline t =
        compile(session(hold(10, Count.NONE), hold(10, Count.NONE)), new FakeClipLengths());

    assertThat(only(t, Phase.REST).frames()).isEqualTo(10L * S);
    assertThat(t.says())
        .filteredOn(s -> s.role() == Role.REST || s.role() == Role.PREVIEW)
        .extracting(Event.Say::text)
        .containsExactly("Rest.", "Next: Stretch.");
  }

  @Test
  void theSessionEndsWithTheOutroAndTheBellAndNothingAfter() {
    Timeline t = compile(session(hold(10, Count.NONE)), new FakeClipLengths());

    Event last =
        t.events().stream()
            .filter(e -> !(e instanceof Event.Segment))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(last.text()).isEqualTo(SoundNames.BELL);
    assertThat(t.length()).isEqualTo(last.end() + 8_000);
    assertThat(t.says().get(t.says().size() - 1).text()).isEqualTo("Bye.");
  }
}
