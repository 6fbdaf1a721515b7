package dev.limber.speech;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.Voice;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The syllable and segment features that kevin16's duration tree and intonation read, computed as
 * flite 2.2 computes them for kal16 (its {@code src/synth/cst_ffeatures.c}) instead of as FreeTTS
 * does (flite 1.1's). Both voices share the trees and the diphones; FreeTTS's older features sent a
 * fifth of all segments down other branches, and "next" came out with a /k/ twice flite's length
 * (174 ms against 83) and a phrase's accents counted from the wrong syllable.
 */
final class FliteFeatures {
  private static final String PHRASE_FIRST =
      "R:SylStructure.parent.R:Phrase.parent.daughter.R:SylStructure.daughter";
  private static final String PHRASE_LAST =
      "R:SylStructure.parent.R:Phrase.parent.daughtern.R:SylStructure.daughtern";

  private FliteFeatures() {}

  static void install(Voice voice) {
    // flite 2.2 registers these two as "lisp_coda_fric" and "lisp_onset_stop", so its duration
    // tree, which asks for them by their old names, always reads the default, "0"
    voice.addFeatureProcessor("seg_coda_fric", item -> "0");
    voice.addFeatureProcessor("seg_onset_stop", item -> "0");
    voice.addFeatureProcessor("syl_break", FliteFeatures::sylBreak);
    // the tone tree asks for the same break by this name, as flite registers it
    voice.addFeatureProcessor("old_syl_break", FliteFeatures::sylBreak);
    voice.addFeatureProcessor("syl_codasize", item -> codaSize(item, voice));
    voice.addFeatureProcessor(
        "asyl_in", i -> count(i, PHRASE_FIRST, Item::getPrevious, true, FliteFeatures::accented));
    voice.addFeatureProcessor(
        "ssyl_in", i -> count(i, PHRASE_FIRST, Item::getPrevious, false, FliteFeatures::stressed));
    voice.addFeatureProcessor(
        "asyl_out", i -> count(i, PHRASE_LAST, Item::getNext, true, FliteFeatures::accented));
    voice.addFeatureProcessor(
        "ssyl_out", i -> count(i, PHRASE_LAST, Item::getNext, true, FliteFeatures::stressed));
    voice.addFeatureProcessor("last_accent", FliteFeatures::lastAccent);
    voice.addFeatureProcessor("next_accent", FliteFeatures::nextAccent);
  }

  /**
   * The break after a syllable: 0 inside a word, 1 after one, 3 at the end of a phrase, 4 at the
   * end of the last of several phrases. flite names every phrase "B" and only the last one "BB",
   * and that only when there are two or more ("follow festival", its {@code default_phrasing});
   * FreeTTS ends every utterance with 4, so a short phrase such as "Next:" was lengthened as the
   * end of a long sentence.
   */
  private static String sylBreak(Item syllable) {
    Item ss = syllable.getItemAs("SylStructure");
    if (ss == null) {
      return "1";
    }
    if (ss.getNext() != null) {
      return "0"; // inside a word
    }
    if (ss.getParent() == null) {
      return "1";
    }
    Item word = ss.getParent().getItemAs("Phrase");
    if (word == null || word.getNext() != null) {
      return "1";
    }
    Item phrase = word.getParent();
    return phrase.getNext() == null && phrase.getPrevious() != null ? "4" : "3";
  }

  /** flite counts the vowel too: "next" (k s t) has 4, an open syllable 1. */
  private static String codaSize(Item syllable, Voice voice) {
    int c = 1;
    for (Item d = syllable.getItemAs("SylStructure").getLastDaughter();
        d != null;
        d = d.getPrevious(), c++) {
      if ("+".equals(voice.getPhoneFeature(d.getFeatures().getString("name"), "vc"))) {
        break;
      }
    }
    return Integer.toString(c);
  }

  /**
   * The syllables {@code step} reaches from this one, up to the phrase's syllable at {@code
   * endPath}, that {@code counted} accepts; that last one counts only if {@code endCounts} (flite
   * leaves it out of {@code ssyl_in} alone). 0 when this syllable is that one.
   */
  private static String count(
      Item syllable,
      String endPath,
      UnaryOperator<Item> step,
      boolean endCounts,
      Predicate<Item> counted) {
    Item ss = syllable.getItemAs("Syllable");
    Item end = syllable.findItem(endPath);
    if (same(ss, end)) {
      return "0";
    }
    int c = 0;
    for (Item p = step.apply(ss); p != null; p = step.apply(p)) {
      boolean atEnd = same(p, end);
      if ((!atEnd || endCounts) && counted.test(p)) {
        c++;
      }
      if (atEnd) {
        break;
      }
    }
    return Integer.toString(c);
  }

  /** Syllables back to the last accented one, 0 when this one is. */
  private static String lastAccent(Item syllable) {
    int c = 0;
    for (Item s = syllable.getItemAs("Syllable"); s != null; s = s.getPrevious(), c++) {
      if (accented(s)) {
        return Integer.toString(c);
      }
    }
    return Integer.toString(c);
  }

  /** Syllables on to the next accented one after this one. */
  private static String nextAccent(Item syllable) {
    Item s = syllable.getItemAs("Syllable");
    s = s == null ? null : s.getNext();
    int c = 0;
    for (; s != null; s = s.getNext(), c++) {
      if (accented(s)) {
        return Integer.toString(c);
      }
    }
    return Integer.toString(c);
  }

  private static boolean accented(Item syllable) {
    return syllable.getFeatures().isPresent("accent")
        || syllable.getFeatures().isPresent("endtone");
  }

  private static boolean stressed(Item syllable) {
    return "1".equals(syllable.getFeatures().getObject("stress"));
  }

  private static boolean same(Item a, Item b) {
    return a != null && b != null && a.equalsShared(b);
  }
}
