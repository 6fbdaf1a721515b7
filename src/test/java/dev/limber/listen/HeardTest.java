package dev.limber.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A heard command: its span, and whether it is long enough to be one said on its own. */
class HeardTest {
  private static final int S = Listening.SAMPLE_RATE;

  @Test
  void aFragmentOfRunningSpeechIsTooShortToBeACommand() {
    assertThat(new Heard(VoiceCommand.PAUSE, S, S + S * 47 / 100).longEnough()).isFalse();
    assertThat(new Heard(VoiceCommand.PAUSE, S, S + S * 54 / 100).longEnough()).isFalse();
    assertThat(new Heard(VoiceCommand.PAUSE, S, S + S * 55 / 100).longEnough())
        .as("a quick speaker's command")
        .isTrue();
    assertThat(new Heard(VoiceCommand.PAUSE, S, 2 * S).longEnough()).isTrue();
    assertThat(new Heard(VoiceCommand.PAUSE, S, 3 * S).longEnough()).isTrue();
    assertThat(new Heard(VoiceCommand.PAUSE, S, 3 * S + 1).longEnough())
        .as("longer than any command said")
        .isFalse();
    assertThat(new Heard(VoiceCommand.PAUSE, S, 2 * S).endSeconds()).isEqualTo(2.0);
  }

  @Test
  void aCommandNeedsAMomentOfQuietBeforeIt() {
    assertThat(Heard.afterQuiet(S / 4)).as("a phrase of running speech").isFalse();
    assertThat(Heard.afterQuiet(S * 59 / 100)).isFalse();
    assertThat(Heard.afterQuiet(S * 6 / 10)).isTrue();
    assertThat(Heard.afterQuiet(3 * S)).isTrue();
  }

  @Test
  void aSpanEndsAfterItStarts() {
    assertThatThrownBy(() -> new Heard(VoiceCommand.NEXT, 2, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
