package dev.limber.timeline;

import dev.limber.session.Ambient;
import dev.limber.session.Breathing;
import dev.limber.session.Count;
import dev.limber.session.Exercise;
import dev.limber.session.Pace;
import dev.limber.session.Session;
import dev.limber.session.Sides;
import dev.limber.session.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compiles a session into a timeline. A pure function: the same session, settings and clip lengths
 * always give the same timeline. Untimed speech (names, instructions) takes as long as it takes;
 * timed parts (prepare, holds, reps, rests) last exactly their seconds.
 */
public final class TimelineCompiler {
  private final TimelineSettings settings;
  private final ClipLengths lengths;
  private final List<Event> events = new ArrayList<>();
  private final Track track;

  private TimelineCompiler(TimelineSettings settings, ClipLengths lengths, Pace pace) {
    this.settings = settings;
    this.lengths = lengths;
    this.track = new Track(lengths, events, Gaps.sentence(pace));
  }

  public static Timeline compile(Session session, TimelineSettings settings, ClipLengths lengths) {
    return new TimelineCompiler(settings, lengths, session.pace()).session(session);
  }

  /**
   * The start every session shares: the chime alone. It needs no speech, so playback can begin with
   * it while the whole session is still compiling; the full timeline starts the same way.
   */
  public static Timeline opening(ClipLengths lengths) {
    TimelineCompiler compiler = new TimelineCompiler(TimelineSettings.DEFAULT, lengths, Pace.CALM);
    compiler.track.pause(Gaps.BEFORE_CHIME);
    compiler.track.sound(SoundNames.CHIME, Role.CHIME, -1);
    compiler.track.segment(0, -1, Phase.INTRO, 0, 1, 1);
    return new Timeline(Timeline.SAMPLE_RATE, compiler.events, compiler.track.cursor());
  }

  private Timeline session(Session session) {
    int rate = settings.rate();
    track.pause(Gaps.BEFORE_CHIME);
    track.sound(SoundNames.CHIME, Role.CHIME, -1);
    track.pause(Gaps.AFTER_CHIME);
    track.say(session.title() + ".", settings.nameRate(), Role.TITLE, -1);
    track.pause(track.sentenceGap());
    session.intro().forEach(line -> track.sayLine(line, rate, Role.INTRO, -1));
    track.segment(0, -1, Phase.INTRO, 0, 1, 1);
    track.pause(Math.max(0, Gaps.BETWEEN_PARTS - track.sentenceGap()));
    List<Step> steps = session.steps();
    for (int i = 0; i < steps.size(); i++) {
      Optional<Step> next = i + 1 < steps.size() ? Optional.of(steps.get(i + 1)) : Optional.empty();
      step(steps.get(i), i, next);
    }
    long outro = track.cursor();
    track.pause(Math.max(Gaps.BETWEEN_PARTS, track.sentenceGap()));
    session.outro().forEach(line -> track.sayLine(line, rate, Role.OUTRO, -1));
    track.sound(SoundNames.BELL, Role.BELL, -1);
    track.pause(Gaps.TAIL);
    track.segment(outro, -1, Phase.OUTRO, 0, 1, 1);
    return new Timeline(Timeline.SAMPLE_RATE, events, track.cursor(), bed(session));
  }

  private void step(Step step, int index, Optional<Step> next) {
    int rate = settings.rate();
    long start = track.cursor();
    track.sound(
        step.sound().orElse(SoundNames.CHIME),
        step.sound().isPresent() ? Role.STEP_SOUND : Role.CHIME,
        index);
    track.pause(Gaps.AFTER_CHIME);
    track.say(step.name() + ".", settings.nameRate(), Role.NAME, index);
    track.pause(track.sentenceGap());
    step.say().forEach(line -> track.sayLine(line, rate, Role.INSTRUCTION, index));
    track.segment(start, index, Phase.INSTRUCTIONS, 0, 1, step.sets());
    for (int side = step.sides() == Sides.BOTH ? 1 : 0;
        side <= (step.sides() == Sides.BOTH ? 2 : 0);
        side++) {
      side(step, index, side);
    }
    if (next.isPresent() && step.rest() > 0) {
      rest(step, index, step.rest(), Optional.of(next.get().name()));
    }
  }

  private void side(Step step, int index, int side) {
    int rate = settings.rate();
    long start = track.cursor();
    if (side > 0) {
      track.say(side == 1 ? "Left side." : "Now the right side.", rate, Role.SIDE, index);
      track.pause(track.sentenceGap());
    }
    for (int set = 1; set <= step.sets(); set++) {
      if (set > 1) {
        rest(step, index, step.rest(), Optional.empty());
        start = track.cursor();
      }
      if (step.sets() > 1) {
        track.say(
            "Set " + NumberWords.of(set) + " of " + NumberWords.of(step.sets()) + ".",
            rate,
            Role.SET,
            index);
        track.pause(track.sentenceGap());
      }
      prepare(step, index, set == 1 ? step.prepare() : 0);
      track.segment(start, index, Phase.GET_READY, side, set, step.sets());
      timed(step, index, side, set);
      track.say("Release.", rate, Role.RELEASE, index);
      track.pause(track.sentenceGap());
    }
  }

  /**
   * "Get into position" at the start and the lead-in ending exactly where the timed part begins.
   */
  private void prepare(Step step, int index, int seconds) {
    int rate = settings.rate();
    // "hold" would puzzle someone who is only breathing
    String leadIn =
        step.exercise() instanceof Exercise.Hold && step.breathing().isEmpty()
            ? "And hold."
            : "Begin.";
    long leadInFrames = lengths.speechFrames(leadIn, rate) + Gaps.AFTER_LEAD_IN;
    if (seconds > 0) {
      long start = track.cursor();
      track.say("Get into position.", rate, Role.PREPARE, index);
      long leadInStart =
          Math.max(
              track.cursor() + track.sentenceGap(),
              start + (long) seconds * Timeline.SAMPLE_RATE - leadInFrames);
      track.pause(leadInStart - track.cursor());
    }
    track.say(leadIn, rate, Role.LEAD_IN, index);
    // a moment to settle before the first timed word: "Begin." never runs into "One."
    track.pause(Gaps.AFTER_LEAD_IN);
  }

  private void timed(Step step, int index, int side, int set) {
    long start = track.cursor();
    Window window =
        new Window(start, (long) step.exercise().seconds() * Timeline.SAMPLE_RATE, index, lengths);
    if (step.exercise() instanceof Exercise.Hold hold) {
      Count count =
          settings
              .count()
              .filter(c -> c != Count.BREATHS || breathing(step).isPresent())
              .orElse(step.count());
      new HoldCues(window, settings, hold.seconds(), count, breathing(step)).place(step.cues());
      track.addWindow(window);
      track.segment(start, index, Phase.HOLD, side, set, step.sets());
    } else {
      new RepCues(window, settings).place((Exercise.Reps) step.exercise());
      track.addWindow(window);
      track.segment(start, index, Phase.REPS, side, set, step.sets());
    }
  }

  private void rest(Step step, int index, int seconds, Optional<String> nextName) {
    if (seconds == 0) {
      return;
    }
    int rate = settings.rate();
    long start = track.cursor();
    Window window = new Window(start, (long) seconds * Timeline.SAMPLE_RATE, index, lengths);
    window.trySay(start, "Rest.", rate, Role.REST);
    nextName.ifPresent(
        name -> {
          long at = window.firstFreeFrame() + track.sentenceGap() - Gaps.IN_WINDOW;
          boolean placed =
              window.trySay(at, "Next: " + name + ".", settings.nameRate(), Role.PREVIEW)
                  || window.trySay(at, "Next: " + name + ".", settings.quickRate(), Role.PREVIEW);
          if (!placed) {
            window.trySay(
                window.firstFreeFrame(), name + " next.", settings.quickRate(), Role.PREVIEW);
          }
        });
    breathing(step)
        .ifPresent(
            pattern -> {
              int firstSecond =
                  (int)
                      ((window.firstFreeFrame() - start + Timeline.SAMPLE_RATE - 1)
                          / Timeline.SAMPLE_RATE);
              new BreathCues(window, settings).place(pattern, firstSecond, seconds, false);
            });
    track.addWindow(window);
    track.segment(start, index, Phase.REST, 0, 1, 1);
  }

  /**
   * The bed asked for (the settings' over the session's), swelling with the first breathing
   * pattern; waves also follow each paced hold breath by breath.
   */
  private Optional<Bed> bed(Session session) {
    Optional<Ambient> sound =
        settings.ambient().or(session::ambient).filter(a -> a != Ambient.NONE);
    int swell =
        session.steps().stream()
            .map(this::breathing)
            .flatMap(Optional::stream)
            .findFirst()
            .map(Breathing::cycleSeconds)
            .orElse(0);
    return sound.map(s -> new Bed(s, swell, s == Ambient.WAVES ? breaths(session) : List.of()));
  }

  /** Every hold paced by breathing, where its breaths are. */
  private List<Bed.Breaths> breaths(Session session) {
    List<Bed.Breaths> all = new ArrayList<>();
    for (Event e : events) {
      if (e instanceof Event.Segment seg && seg.phase() == Phase.HOLD && seg.step() >= 0) {
        breathing(session.steps().get(seg.step()))
            .ifPresent(
                b ->
                    all.add(
                        new Bed.Breaths(seg.start(), seg.end(), b.inhale(), b.hold(), b.exhale())));
      }
    }
    all.sort(java.util.Comparator.comparingLong(Bed.Breaths::start));
    return all;
  }

  private Optional<Breathing> breathing(Step step) {
    return settings.breathing() ? step.breathing() : Optional.empty();
  }
}
