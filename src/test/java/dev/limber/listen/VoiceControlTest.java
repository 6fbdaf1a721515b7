package dev.limber.listen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.engine.Command;
import org.junit.jupiter.api.Test;

/** What is heard becomes commands; "limber stop" only stops with "limber yes" within 5 s. */
class VoiceControlTest {
  private static final long S = Listening.SAMPLE_RATE;

  /** The program spoke from 100 s to 102 s. */
  private final VoiceControl control =
      new VoiceControl(new Gate((from, to) -> from < 102 * S && to > 100 * S));

  private static Command heard(Command c) {
    return new Command.Heard(c);
  }

  @Test
  void eachCommandIsSentAsHeard() {
    assertThat(control.heard(VoiceCommand.PAUSE, 0, S, false))
        .containsExactly(heard(new Command.Pause()));
    assertThat(control.heard(VoiceCommand.RESUME, 0, S, true))
        .containsExactly(heard(new Command.Resume()));
    assertThat(control.heard(VoiceCommand.NEXT, 0, S, false))
        .containsExactly(heard(new Command.NextStep()));
    assertThat(control.heard(VoiceCommand.BACK, 0, S, false))
        .containsExactly(heard(new Command.PreviousStep()));
    assertThat(control.heard(VoiceCommand.REPEAT, 0, S, false))
        .containsExactly(heard(new Command.Repeat()));
    assertThat(control.heard(VoiceCommand.WHERE, 0, S, false))
        .containsExactly(heard(new Command.Where()));
    assertThat(control.heard(VoiceCommand.YES, 0, S, false)).as("nobody asked").isEmpty();
  }

  @Test
  void whatOverlapsTheProgramsOwnVoiceIsDropped() {
    assertThat(control.heard(VoiceCommand.PAUSE, 101 * S, 102 * S, false)).isEmpty();
    assertThat(control.heard(VoiceCommand.STOP, 101 * S, 102 * S, false)).isEmpty();
    assertThat(control.asking()).isFalse();
  }

  @Test
  void stopAsksAndYesWithinFiveSecondsStops() {
    assertThat(control.heard(VoiceCommand.STOP, 10 * S, 11 * S, false))
        .containsExactly(heard(new Command.AskToStop()));
    assertThat(control.tick(14 * S, true)).isEmpty();
    assertThat(control.heard(VoiceCommand.YES, 15 * S, 16 * S, true))
        .containsExactly(heard(new Command.Stop()));
    assertThat(control.asking()).isFalse();
  }

  @Test
  void aYesTooLateDoesNothingAndSilenceResumes() {
    control.heard(VoiceCommand.STOP, 10 * S, 11 * S, false);
    assertThat(control.tick(16 * S + 1, true)).containsExactly(new Command.Resume());
    assertThat(control.tick(17 * S, true)).isEmpty();
    assertThat(control.heard(VoiceCommand.YES, 17 * S, 17 * S + S / 2, false)).isEmpty();
  }

  @Test
  void anythingElseGoesBackToHowTheSessionWas() {
    control.heard(VoiceCommand.STOP, 10 * S, 11 * S, false);
    assertThat(control.heard(VoiceCommand.NEXT, 12 * S, 13 * S, true))
        .containsExactly(heard(new Command.Resume()));

    control.heard(VoiceCommand.STOP, 20 * S, 21 * S, true); // it was paused before the question
    assertThat(control.heard(VoiceCommand.PAUSE, 22 * S, 23 * S, true))
        .containsExactly(heard(new Command.Pause()));
    control.heard(VoiceCommand.STOP, 30 * S, 31 * S, true);
    assertThat(control.tick(40 * S, true)).containsExactly(new Command.Pause());
  }

  @Test
  void stopAgainAsksAgainAndKeepsHowTheSessionWasBeforeTheFirstQuestion() {
    control.heard(VoiceCommand.STOP, 10 * S, 11 * S, false);
    assertThat(control.heard(VoiceCommand.STOP, 14 * S, 15 * S, true))
        .containsExactly(heard(new Command.AskToStop()));
    assertThat(control.heard(VoiceCommand.YES, 19 * S, 19 * S + S / 2, true))
        .as("5 s from the second question")
        .containsExactly(heard(new Command.Stop()));
    control.heard(VoiceCommand.STOP, 30 * S, 31 * S, false);
    control.heard(VoiceCommand.STOP, 32 * S, 33 * S, true);
    assertThat(control.tick(39 * S, true)).containsExactly(new Command.Resume());
  }

  @Test
  void aSessionResumedByAKeyWhileTheQuestionWaitsIsLeftPlaying() {
    control.heard(VoiceCommand.STOP, 10 * S, 11 * S, true); // asked while paused
    // the space key resumes it before "limber yes" is overdue: nothing pauses it again
    assertThat(control.tick(17 * S, false)).isEmpty();
    assertThat(control.asking()).isFalse();
  }
}
