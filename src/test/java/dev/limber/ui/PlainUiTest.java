package dev.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.engine.EngineState;
import dev.limber.engine.KeyTable;
import dev.limber.playback.Outcome;
import dev.limber.session.Count;
import dev.limber.session.Cue;
import dev.limber.session.Exercise;
import dev.limber.session.Session;
import dev.limber.session.Sides;
import dev.limber.session.Step;
import dev.limber.text.Durations;
import dev.limber.timeline.ClipLengths;
import dev.limber.timeline.Phase;
import dev.limber.timeline.Timeline;
import dev.limber.timeline.TimelineCompiler;
import dev.limber.timeline.TimelineSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainUiTest {
  private final Session session =
      new Session(
          "t",
          "Evening",
          Optional.empty(),
          List.of("Hello."),
          List.of("Bye."),
          List.of(
              new Step(
                  "Knee to chest",
                  List.of("Hug one knee."),
                  new Exercise.Hold(30),
                  1,
                  Sides.BOTH,
                  5,
                  10,
                  Count.LAST5,
                  Optional.empty(),
                  List.of(new Cue(5, "Breathe.")),
                  Optional.empty()),
              new Step(
                  "Bridge",
                  List.of("Lift."),
                  new Exercise.Hold(10),
                  2,
                  Sides.NONE,
                  5,
                  6,
                  Count.UP,
                  Optional.empty(),
                  List.of(),
                  Optional.empty())));
  private final Timeline timeline =
      TimelineCompiler.compile(
          session,
          TimelineSettings.DEFAULT,
          new ClipLengths() {
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

  private String play(boolean verbose, Outcome.Ending ending, boolean captionsOnly) {
    PlainUi ui =
        new PlainUi(
            session, new PrintWriter(out), new PrintWriter(new StringWriter()), verbose, true);
    EngineState state =
        EngineState.builder()
            .session("t", "Evening")
            .step(0, 2, "Evening")
            .position(0, timeline.length())
            .captionsOnly(captionsOnly)
            .build();
    ui.onReady(state);
    timeline.events().forEach(e -> ui.onEvent(e, state));
    ui.onNotice("Paused.", state);
    EngineState last =
        EngineState.builder()
            .session("t", "Evening")
            .step(2, 2, "Bridge")
            .phase(Phase.HOLD, 3)
            .tally(1, 1)
            .build();
    ui.ended(
        new Outcome(
            ending, last, Instant.parse("2026-12-01T07:00:00Z"), 200 * 16_000L, Optional.empty()));
    ui.close();
    return out.toString();
  }

  @Test
  void oneLinePerStepSideSetAndRestNeverOnePerSecondAndDurationsInWords() {
    long seconds = (timeline.length() + 15_999) / 16_000;

    assertThat(play(false, Outcome.Ending.COMPLETED, false))
        .isEqualTo(
            String.join(
                "\n",
                "Evening: 2 steps, " + Durations.inWords(seconds) + ". " + KeyTable.oneLine(),
                "Step 1 of 2: Knee to chest, hold 30 seconds on each side",
                "Left side",
                "Breathe.",
                "Halfway.",
                "Ten seconds left.",
                "Right side",
                "Breathe.",
                "Halfway.",
                "Ten seconds left.",
                "Rest 10 seconds",
                "Next: Bridge.",
                "Step 2 of 2: Bridge, 2 sets, hold 10 seconds",
                "Set 1 of 2",
                "Rest 6 seconds",
                "Set 2 of 2",
                "Paused.",
                "Done: Evening, 3 minutes 20 seconds played, 1 step skipped.",
                ""));
  }

  @Test
  void withoutSoundTheFirstLineAndEveryStepLineSaySo() {
    String all = play(false, Outcome.Ending.COMPLETED, true);

    assertThat(all.lines().findFirst().orElseThrow()).contains("No sound: captions only.");
    assertThat(all.lines().filter(l -> l.startsWith("Step ")))
        .hasSize(2)
        .allMatch(l -> l.endsWith(" (no sound)"));
  }

  @Test
  void verboseAddsEveryPhraseCountsIncluded() {
    String all = play(true, Outcome.Ending.COMPLETED, false);

    assertThat(all).contains("Hug one knee.", "Get into position.", "Five.", "One.", "Release.");
    assertThat(all.lines().filter(l -> l.equals("Seven.")).count())
        .as("counting up on Bridge, both sets")
        .isEqualTo(2);
  }

  @Test
  void aStopSaysWhereAndWhatWasDoneAndAFailureSaysNothingOfItsOwn() {
    assertThat(play(false, Outcome.Ending.QUIT, false))
        .endsWith(
            "Stopped at step 2 of 2, Bridge: 1 step done, 1 step skipped, 3 minutes 20 seconds played.\n");
    out.getBuffer().setLength(0);
    assertThat(play(false, Outcome.Ending.FAILED, false)).doesNotContain("Stopped", "Done");
  }
}
