package dev.limber.speech;

import dev.limber.audio.Leveler;
import dev.limber.audio.Levels;
import dev.limber.audio.Pcm;

/**
 * Speech brought to one loudness ({@link Levels#SPEECH}, BS.1770 gated) under the clip ceiling,
 * with a 5 ms fade-in and a 15 ms fade-out, so no phrase is louder or softer than the others and
 * none starts or ends with a click. Put it under the clip cache: a clip is levelled once, when it
 * is made.
 */
public final class NormalizedSpeech implements Speech {
  private final Speech voice;

  public NormalizedSpeech(Speech voice) {
    this.voice = voice;
  }

  @Override
  public Pcm synthesize(String text, VoiceSettings settings) {
    return Leveler.level(voice.synthesize(text, settings), Levels.SPEECH, Levels.CLIP_CEILING);
  }

  @Override
  public void close() {
    voice.close();
  }
}
