package dev.limber.speech;

import com.sun.speech.freetts.Age;
import com.sun.speech.freetts.Gender;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.diphone.DiphoneUnitSelector;
import com.sun.speech.freetts.en.PostLexicalAnalyzer;
import com.sun.speech.freetts.en.us.CMUDiphoneVoice;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.io.IOException;
import java.net.URL;
import java.util.Locale;

/**
 * FreeTTS's kevin16, as its voice directory makes it, but saying what it says the way flite 2.2's
 * kal16 does: the same recording, with flite's diphones for consonant clusters ({@link
 * ClusterUnitSelector}), its features for the duration and intonation trees ({@link
 * FliteFeatures}), its syllables and lexicon ({@link FliteSyllables}) and its "ah".
 */
final class KevinVoice extends CMUDiphoneVoice {
  KevinVoice() {
    super(
        FreeTtsSpeech.VOICE,
        Gender.MALE,
        Age.YOUNGER_ADULT,
        "default 16-bit diphone voice",
        Locale.US,
        "general",
        "cmu",
        new FliteSyllables(),
        KevinVoiceDirectory.class.getResource("cmu_us_kal16.bin"));
  }

  /**
   * FreeTTS's own, without the diphone voices' rule that says every "ah" as "aa": flite applies it
   * to the 8 kHz kal, whose database has no "ah", but not to kal16, which has them ("one", "but",
   * "come", "from" and "of" all take it).
   */
  @Override
  protected UtteranceProcessor getPostLexicalAnalyzer() {
    return new PostLexicalAnalyzer();
  }

  @Override
  protected void setupFeatureProcessors() throws IOException {
    super.setupFeatureProcessors();
    FliteFeatures.install(this);
  }

  @Override
  public UtteranceProcessor getUnitSelector() throws IOException {
    DiphoneUnitSelector plain = new DiphoneUnitSelector(getDatabase());
    return new ClusterUnitSelector(plain, ClusterDiphones.load(plain.getSampleInfo()));
  }

  /** The voice's data files (CARTs, durations) sit beside FreeTTS's class, not this one. */
  @Override
  protected URL getResource(String name) {
    return CMUDiphoneVoice.class.getResource(name);
  }
}
