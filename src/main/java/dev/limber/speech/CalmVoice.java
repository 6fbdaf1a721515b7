package dev.limber.speech;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The voice Limber speaks with: FreeTTS's kevin16 at a calibrated rate, phrased with pauses at
 * commas and colons and respelled or given phones by the lexicon, each phrase levelled to one
 * loudness with soft edges, and all of it behind the clip cache, so a phrase is made and levelled
 * once.
 */
public final class CalmVoice {
  private CalmVoice() {}

  /**
   * The voice through {@code cache}, with the bundled lexicon and the user's file {@code
   * userLexicon} if there is one; what is wrong with that file goes to {@code warnings}, a line
   * each.
   */
  public static CachedSpeech cached(ClipCache cache, Path userLexicon, Consumer<String> warnings) {
    Lexicon lexicon = Lexicon.bundledWith(userLexicon, warnings);
    // the lexicon changes what is said, so it is part of the voice's name in the cache key
    return new CachedSpeech(
        FreeTtsSpeech.VOICE + "+" + lexicon.digest(),
        () -> new NormalizedSpeech(new PhrasedSpeech(FreeTtsSpeech.start(lexicon), lexicon)),
        cache);
  }
}
