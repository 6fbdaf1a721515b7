package dev.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Origin;
import dev.limber.engine.EngineState;
import dev.limber.engine.ListeningSwitch;
import dev.limber.playback.Outcome;
import dev.limber.session.Session;
import dev.limber.timeline.Phase;
import dev.limber.timeline.Timeline;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each screen drawn from a made-up state at the three sizes the issue names, against its golden
 * file.
 */
class ScreensTest {
  private static final Theme THEME = new Theme(Theme.DEFAULT, true);

  /** Voice commands not asked for. */
  private static final ListeningSwitch.Status OFF =
      new ListeningSwitch.Status(ListeningSwitch.State.OFF, "");

  static EngineState hold() {
    return EngineState.builder()
        .session("lower-back-basics", "Lower back basics")
        .step(3, 8, "Knee to chest")
        .nextStep("Bridge")
        .phase(Phase.HOLD, 27)
        .side(EngineState.Side.LEFT)
        .set(1, 2)
        .breath(EngineState.Breath.IN)
        .position(200L * Timeline.SAMPLE_RATE, 766L * Timeline.SAMPLE_RATE)
        .caption(
            "Let your lower back sink into the floor and keep breathing slowly through your nose.")
        .build();
  }

  private static final List<Catalog.Entry> ENTRIES =
      List.of(
          entry(
              "lower-back-basics",
              "Lower back basics",
              "A gentle routine of about twelve minutes for a stiff or sore lower back."),
          entry(
              "core-strength",
              "Core strength",
              "About ten minutes of floor work for the stomach and back muscles."),
          entry(
              "desk-break",
              "Desk break",
              "A short break from sitting: shoulder rolls, a seated twist, a stand and stretch."),
          entry(
              "breathing-relax",
              "Breathing and relaxation",
              "About seven minutes of supported rest with slow, paced breathing."));

  private static final Map<String, Long> LENGTHS =
      Map.of(
          "lower-back-basics",
          766L,
          "core-strength",
          580L,
          "desk-break",
          298L,
          "breathing-relax",
          473L);

  private static Catalog.Entry entry(String id, String title, String summary) {
    return new Catalog.Entry(
        new Session(
            id,
            title,
            Optional.of(summary),
            List.of(),
            List.of(),
            List.of(
                new dev.limber.session.Step(
                    "One",
                    List.of(),
                    new dev.limber.session.Exercise.Hold(5),
                    1,
                    dev.limber.session.Sides.NONE,
                    0,
                    0,
                    dev.limber.session.Count.NONE,
                    Optional.empty(),
                    List.of(),
                    Optional.empty()))),
        Origin.BUNDLED);
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"100, 30", "80, 24", "40, 12"})
  void aHoldShowsTheStepTheSecondsInBlockDigitsAndTheBreath(int columns, int rows)
      throws Exception {
    String screen =
        Screens.drawn(columns, rows, THEME, c -> PlayingScreen.draw(c, hold(), 0.5, OFF));
    Screens.assertGolden("playing-" + columns + "x" + rows, screen);

    assertThat(screen).contains("Step 3 of 8: Knee to chest", "left").contains("█");
    assertThat(screen.lines().filter(l -> l.matches("[ █▀▄]*[█▀▄][ █▀▄]*")).count())
        .as("rows of block digits")
        .isGreaterThanOrEqualTo(columns >= 80 ? 5 : 3);
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"100, 30", "80, 24", "40, 12"})
  void aPauseIsSaidInWords(int columns, int rows) throws Exception {
    EngineState paused =
        EngineState.builder()
            .session("lower-back-basics", "Lower back basics")
            .step(3, 8, "Knee to chest")
            .nextStep("Bridge")
            .phase(Phase.HOLD, 12)
            .status(EngineState.Status.PAUSED)
            .position(300L * Timeline.SAMPLE_RATE, 766L * Timeline.SAMPLE_RATE)
            .build();
    String screen = Screens.drawn(columns, rows, THEME, c -> PlayingScreen.draw(c, paused, 0, OFF));
    Screens.assertGolden("paused-" + columns + "x" + rows, screen);

    assertThat(screen).contains("PAUSED, space to resume");
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"100, 30", "80, 24", "40, 12"})
  void listeningForVoiceCommandsIsSaidInWordsOnTheKeyLine(int columns, int rows) throws Exception {
    ListeningSwitch.Status on = new ListeningSwitch.Status(ListeningSwitch.State.ON, "");
    String screen =
        Screens.drawn(columns, rows, THEME, c -> PlayingScreen.draw(c, hold(), 0.5, on));
    Screens.assertGolden("listening-" + columns + "x" + rows, screen);

    String keyLine = screen.lines().toList().get(rows - 1);
    assertThat(keyLine).startsWith("Listening. Keys: ").endsWith("? help, q quit.");
    assertThat(keyLine.strip()).hasSizeLessThanOrEqualTo(columns);
    assertThat(Screens.drawn(columns, rows, THEME, c -> PlayingScreen.draw(c, hold(), 0.5, OFF)))
        .doesNotContain("Listening");
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"100, 30", "80, 24", "40, 12"})
  void voiceCommandsThatCouldNotStartSayWhy(int columns, int rows) throws Exception {
    ListeningSwitch.Status failed =
        new ListeningSwitch.Status(ListeningSwitch.State.UNAVAILABLE, "no microphone found");
    String screen =
        Screens.drawn(columns, rows, THEME, c -> PlayingScreen.draw(c, hold(), 0.5, failed));
    Screens.assertGolden("no-microphone-" + columns + "x" + rows, screen);

    assertThat(screen).contains("Voice commands off: no microphone").doesNotContain("Listening");
    assertThat(
            Screens.drawn(
                columns,
                rows,
                THEME,
                c -> PlayingScreen.draw(c, hold(), 0.5, ListeningSwitch.Status.NONE)))
        .as("a run with no voice face at all")
        .isEqualTo(
            Screens.drawn(columns, rows, THEME, c -> PlayingScreen.draw(c, hold(), 0.5, OFF)));
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"100, 30", "80, 24", "40, 12"})
  void withNoSoundTheScreenSaysSoInItsLargestTextAndShowsTheCaption(int columns, int rows)
      throws Exception {
    EngineState silent =
        EngineState.builder()
            .session("lower-back-basics", "Lower back basics")
            .step(3, 8, "Knee to chest")
            .nextStep("Bridge")
            .phase(Phase.HOLD, 8)
            .captionsOnly(true)
            .caption("Hug your knee.")
            .position(300L * Timeline.SAMPLE_RATE, 766L * Timeline.SAMPLE_RATE)
            .build();
    String screen = Screens.drawn(columns, rows, THEME, c -> PlayingScreen.draw(c, silent, 0, OFF));
    Screens.assertGolden("no-sound-" + columns + "x" + rows, screen);

    assertThat(screen).contains("NO SOUND: captions only", "Hug your knee.");
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"100, 30", "80, 24", "40, 12"})
  void thePickerShowsEachSessionWithItsLengthInWordsAndMarksTheChosenOne(int columns, int rows)
      throws Exception {
    String screen =
        Screens.drawn(columns, rows, THEME, c -> PickerScreen.draw(c, ENTRIES, LENGTHS, 1, false));
    Screens.assertGolden("picker-" + columns + "x" + rows, screen);

    assertThat(screen)
        .contains(
            "> 2  Core strength", "9 minutes 40 seconds", "bundled", "4  Breathing and relaxation");
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"100, 30", "80, 24", "40, 12"})
  void theEndTellsTimePlayedAndStepsDoneAndSkipped(int columns, int rows) throws Exception {
    EngineState last =
        EngineState.builder()
            .session("lower-back-basics", "Lower back basics")
            .step(0, 8, "Lower back basics")
            .phase(Phase.OUTRO, 0)
            .status(EngineState.Status.FINISHED)
            .tally(7, 1)
            .build();
    Outcome outcome =
        new Outcome(
            Outcome.Ending.COMPLETED,
            last,
            java.time.Instant.parse("2026-12-01T07:30:00Z"),
            700L * Timeline.SAMPLE_RATE,
            Optional.empty());
    List<String> lines = EndScreen.lines(outcome, List.of("Logged: run 12. Streak: 3 days."));
    String screen = Screens.drawn(columns, rows, THEME, c -> EndScreen.draw(c, lines, false));
    Screens.assertGolden("end-" + columns + "x" + rows, screen);

    assertThat(String.join(" ", lines))
        .contains("11 minutes 40 seconds played", "1 step skipped", "Steps done: 7 of 8");
  }

  @Test
  void theKeyLineComesFromTheKeyTableAndAlwaysKeepsHelpAndQuit() {
    assertThat(PlayingScreen.keys(dev.limber.engine.KeyTable.oneLine().length()))
        .isEqualTo(dev.limber.engine.KeyTable.oneLine());
    assertThat(PlayingScreen.keys(80))
        .startsWith("Keys: space pause or resume, n next step")
        .endsWith("? help, q quit.")
        .hasSizeLessThanOrEqualTo(80);
    assertThat(PlayingScreen.keys(40)).isEqualTo("Keys: ? help, q quit.");
  }

  @Test
  void textFromASessionIsDrawnOnlyAsPrintableCharacters() throws Exception {
    EngineState hostile =
        EngineState.builder()
            .session("x", "Evil\u001b[2J\u001b]0;pwned\u0007 title\u202e")
            .step(1, 1, "Step\u0000\ttwo")
            .phase(Phase.HOLD, 5)
            .build();
    String screen = Screens.drawn(80, 24, THEME, c -> PlayingScreen.draw(c, hostile, 0, OFF));

    assertThat(screen)
        .doesNotContain("\u001b", "\u0007", "\u0000", "\u202e")
        .contains("Evil[2J]0;pwned title", "Step 1 of 1: Step two");
  }
}
