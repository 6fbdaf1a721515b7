package dev.limber.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  void theWakeWordAndTheCommandAreSaidInOneGo() {
    assertThat(Heard.joined(0)).isTrue();
    assertThat(Heard.joined(S * 3 / 10)).as("a comma: \"Limber, pause\"").isTrue();
    assertThat(Heard.joined(S * 4 / 10)).isTrue();
    assertThat(Heard.joined(S * 4 / 10 + 1)).isFalse();
    assertThat(Heard.joined(S)).as("other sound between the words").isFalse();
  }

  @Test
  void theLongestPauseInsideACommandIsTheQuietThatEndsOne() throws IOException {
    String config;
    try (InputStream in = getClass().getResourceAsStream("sphinx/sphinx.xml")) {
      config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m = Pattern.compile("name=\"endSilence\" value=\"(\\d+)\"").matcher(config);
    assertThat(m.find()).isTrue();
    assertThat(Long.parseLong(m.group(1)) * S / 1000)
        .as("the end-pointer would split a pause the rule allows")
        .isEqualTo(Heard.LONGEST_GAP);
  }

  @Test
  void aSpanEndsAfterItStarts() {
    assertThatThrownBy(() -> new Heard(VoiceCommand.NEXT, 2, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
