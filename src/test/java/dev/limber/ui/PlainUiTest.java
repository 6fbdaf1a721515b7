package dev.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.engine.EngineState;
import dev.limber.session.Count;
import dev.limber.session.Cue;
import dev.limber.session.Exercise;
import dev.limber.session.Session;
import dev.limber.session.Sides;
import dev.limber.session.Step;
import dev.limber.timeline.ClipLengths;
import dev.limber.timeline.Phase;
import dev.limber.timeline.Timeline;
import dev.limber.timeline.TimelineCompiler;
import dev.limber.timeline.TimelineSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainUiTest {
  private final Session session = new Session("t", "Evening", Optional.empty(), List.of("Hello."), List.of("Bye."), List.of(
      new Step("Knee to chest", List.of("Hug one knee."), new Exercise.Hold(30), 1, Sides.BOTH, 5, 10, Count.LAST5,
          Optional.empty(), List.of(new Cue(5, "Breathe.")), Optional.empty()),
      new Step("Bridge", List.of("Lift."), new Exercise.Hold(10), 2, Sides.NONE, 5, 6, Count.UP,
          Optional.empty(), List.of(), Optional.empty())));
  private final Timeline timeline = TimelineCompiler.compile(session, TimelineSettings.DEFAULT, new ClipLengths() {
    @Override
    public long speechFrames(String text, int rate) {
      return text.length() * 600L;
    }

    @Override
    public long soundFrames(String name) {
      return 8_000;
    }
  });
  private final StringWriter out = new StringWriter();

  private String play(boolean verbose, boolean finished) {
    PlainUi ui = new PlainUi(session, new PrintWriter(out), new PrintWriter(new StringWriter()), verbose, true);
    EngineState state = new EngineState(-1, 2, "Evening", Phase.INTRO, 0, 1, 1, 0, 0, "", 0, 0, timeline.length(), 135,
        false, finished, !finished);
    ui.onReady(state);
    timeline.events().forEach(e -> ui.onEvent(e, state));
    ui.onNotice("Paused.", state);
    ui.onEnd(state);
    ui.close();
    return out.toString();
  }

  @Test
  void oneLinePerStepHoldAndRestNeverOnePerSecond() {
    long seconds = (timeline.length() + 15_999) / 16_000;

    assertThat(play(false, true)).isEqualTo(String.join("\n",
        "Evening: 2 steps, " + seconds / 60 + ":" + String.format("%02d", seconds % 60) + ". " + Keys.HELP,
        "Step 1 of 2: Knee to chest",
        "Step 1 of 2: Knee to chest, left side, hold 30 seconds",
        "Breathe.",
        "Halfway.",
        "Ten seconds left.",
        "Step 1 of 2: Knee to chest, right side, hold 30 seconds",
        "Breathe.",
        "Halfway.",
        "Ten seconds left.",
        "Rest 10 seconds",
        "Next: Bridge.",
        "Step 2 of 2: Bridge",
        "Step 2 of 2: Bridge, set 1 of 2, hold 10 seconds",
        "Rest 6 seconds",
        "Step 2 of 2: Bridge, set 2 of 2, hold 10 seconds",
        "Paused.",
        "Done: Evening.", ""));
  }

  @Test
  void verboseAddsEveryPhraseCountsIncluded() {
    String all = play(true, true);

    assertThat(all).contains("Hug one knee.", "Get into position.", "Five.", "One.", "Release.");
    assertThat(all.lines().filter(l -> l.equals("Seven.")).count()).as("counting up on Bridge, both sets").isEqualTo(2);
  }

  @Test
  void aStopSaysWhereAndAFailureSaysNothingOfItsOwn() {
    assertThat(play(false, false)).endsWith("Stopped.\n");
    StringWriter quiet = new StringWriter();
    PlainUi ui = new PlainUi(session, new PrintWriter(quiet), new PrintWriter(new StringWriter()), false, false);
    ui.onEnd(new EngineState(0, 2, "Knee to chest", Phase.HOLD, 1, 1, 1, 0, 0, "", 3, 5, 10, 135, false, false, false));
    ui.close();
    assertThat(quiet.toString()).isEmpty();
  }

}
