package dev.limber.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.audio.Pcm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasedSpeechTest {
  /** Says each text as 100 frames of 1000, and remembers what it was asked. */
  static final class FakeVoice implements Speech {
    final List<String> said = new ArrayList<>();

    @Override
    public Pcm synthesize(String text, VoiceSettings voice) {
      said.add(text);
      short[] s = new short[100];
      Arrays.fill(s, (short) 1000);
      return new Pcm(s);
    }

    @Override
    public void close() {}
  }

  @Test
  void aPhraseIsSaidInPartsAtItsCommasAndColonsWithAClearPauseBetween() {
    FakeVoice voice = new FakeVoice();
    Pcm pcm =
        new PhrasedSpeech(voice, Lexicon.none())
            .synthesize("Next: Bird dog, then rest.", VoiceSettings.DEFAULT);

    assertThat(voice.said).containsExactly("Next:", "Bird dog,", "then rest.");
    assertThat(pcm.frames()).isEqualTo(300 + PhrasedSpeech.COLON_PAUSE + PhrasedSpeech.COMMA_PAUSE);
    assertThat(Arrays.copyOfRange(pcm.samples(), 100, 100 + PhrasedSpeech.COLON_PAUSE))
        .containsOnly((short) 0);
    assertThat(PhrasedSpeech.COMMA_PAUSE)
        .as("a clear pause, longer than FreeTTS's own 0.25 s")
        .isGreaterThanOrEqualTo(5_600);
  }

  @Test
  void everyPartStartsAndEndsSoftlyAtThePausesBetweenThem() {
    short[] s =
        new PhrasedSpeech(new FakeVoice(), Lexicon.none())
            .synthesize("Next: Bird dog.", VoiceSettings.DEFAULT)
            .samples();
    int pause = 100;
    int after = pause + PhrasedSpeech.COLON_PAUSE;

    // a step from digital zero is a tick, inside a phrase as at its edges
    assertThat(Math.abs(s[pause - 1]))
        .as("the last sample before the pause")
        .isLessThanOrEqualTo(8);
    assertThat(Math.abs(s[after])).as("the first sample after it").isLessThanOrEqualTo(8);
    // the fake's parts are 100 frames, so their fades meet in the middle
    assertThat(s[pause - 50]).as("the middle of a part").isGreaterThan((short) 990);
    assertThat(s[after + 50]).isGreaterThan((short) 990);
  }

  @Test
  void aCommaInsideANumberAndASentenceWithoutOneAreSaidWhole() {
    FakeVoice voice = new FakeVoice();
    new PhrasedSpeech(voice, Lexicon.none())
        .synthesize("Hold for 1,000 breaths.", VoiceSettings.DEFAULT);

    assertThat(voice.said).containsExactly("Hold for 1,000 breaths.");
  }

  @Test
  void theLexiconRespellsWholeWordsKeepingACapitalAndAUserFileAddsToIt() {
    Lexicon lexicon =
        Lexicon.of("test", "# comment\nhamstring = ham string\n\nknee = nee # trailing comment\n");
    FakeVoice voice = new FakeVoice();
    new PhrasedSpeech(voice, lexicon)
        .synthesize("Hamstring stretch, one knee bent.", VoiceSettings.DEFAULT);

    assertThat(voice.said).containsExactly("Ham string stretch,", "one nee bent.");
    assertThat(lexicon.respell("kneel")).isEqualTo("kneel");
    assertThat(lexicon.digest()).isNotEqualTo(Lexicon.none().digest());
  }
}
