package dev.limber.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FreeTtsSpeechIT {
  @Test
  void aWordWithPhonesInTheLexiconIsSaidWithThem() {
    short[] knee;
    try (FreeTtsSpeech voice = FreeTtsSpeech.start()) {
      knee = voice.synthesize("Knee.", VoiceSettings.DEFAULT).samples();
    }
    try (FreeTtsSpeech voice = FreeTtsSpeech.start(Lexicon.of("test", "zorblat = /n iy1/"))) {
      assertThat(voice.synthesize("Zorblat.", VoiceSettings.DEFAULT).samples())
          .isNotEmpty()
          .isEqualTo(knee);
    }
  }
}
