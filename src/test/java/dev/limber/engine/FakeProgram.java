package dev.limber.engine;

import dev.limber.audio.Pcm;
import dev.limber.session.Count;
import dev.limber.session.Exercise;
import dev.limber.session.Session;
import dev.limber.session.Sides;
import dev.limber.session.Step;
import dev.limber.timeline.ClipLengths;
import dev.limber.timeline.Event;
import dev.limber.timeline.Timeline;
import dev.limber.timeline.TimelineCompiler;
import dev.limber.timeline.TimelineSettings;
import java.util.List;
import java.util.Optional;

/**
 * Programs without a voice: every phrase lasts 50 ms a character (less at faster rates) and sounds
 * as a constant level, 1000 for timeline audio and 3000 for acknowledgements, so a test can tell
 * them apart in a recording.
 */
final class FakeProgram {
  static final short TIMELINE_LEVEL = 1000;
  static final short ACK_LEVEL = 3000;

  private FakeProgram() {}

  static Session session() {
    return new Session(
        "fake",
        "Fake",
        Optional.empty(),
        List.of("Hello."),
        List.of("Bye."),
        List.of(step("Child's pose", 20), step("Bridge", 10), step("Twist", 10)));
  }

  static Step step(String name, int hold) {
    return new Step(
        name,
        List.of("Do it."),
        new Exercise.Hold(hold),
        1,
        Sides.NONE,
        2,
        4,
        Count.LAST5,
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  /**
   * A program whose voice knows only the phrases {@link Acknowledgements#all} lists: asking it for
   * any other phrase fails the test, as a phrase not made before playback would make the engine
   * wait for the voice.
   */
  static Program strict(int rate) {
    Program loose = at(rate);
    java.util.Set<String> known = java.util.Set.copyOf(Acknowledgements.all(loose));
    return new Program(
        loose.session(),
        loose.timeline(),
        loose.clips(),
        text -> {
          if (!known.contains(text)) {
            throw new AssertionError("not made before playback: " + text);
          }
          return loose.phrases().say(text);
        },
        rate);
  }

  static Program at(int rate) {
    ClipLengths lengths =
        new ClipLengths() {
          @Override
          public long speechFrames(String text, int r) {
            return (long) text.length() * 800 * 135 / r;
          }

          @Override
          public long soundFrames(String name) {
            return 4_000;
          }
        };
    Session session = session();
    Timeline timeline =
        TimelineCompiler.compile(
            session, new TimelineSettings(rate, Optional.empty(), true), lengths);
    // levels the tests can recognise: not mastered, which MasteringTest covers
    Clips clips =
        new Clips() {
          @Override
          public Pcm of(Event event) {
            return constant((int) event.frames(), TIMELINE_LEVEL);
          }

          @Override
          public boolean mastered() {
            return true;
          }
        };
    return new Program(
        session, timeline, clips, text -> constant(text.length() * 200, ACK_LEVEL), rate);
  }

  static Pcm constant(int frames, short level) {
    short[] s = new short[frames];
    java.util.Arrays.fill(s, level);
    return new Pcm(s);
  }

  static long start(Program p, dev.limber.timeline.Phase phase, int step) {
    return p.timeline().segments().stream()
        .filter(s -> s.phase() == phase && s.step() == step)
        .mapToLong(Event::start)
        .findFirst()
        .orElseThrow();
  }
}
