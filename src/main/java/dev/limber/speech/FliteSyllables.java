package dev.limber.speech;

import com.sun.speech.freetts.en.us.CMULexicon;
import java.util.List;
import java.util.Set;

/**
 * FreeTTS's CMU lexicon, syllabified as flite 2.2 syllabifies it ({@code cmu_syl_boundary_mo} in
 * its {@code lang/cmulex/cmu_lex.c}): a syllable takes the longest onset English allows ("ba-sics",
 * "ham-string"), where FreeTTS (flite 1.1's sonority rule) says "bas-ics" and "hams-tring". The
 * duration tree and the intonation read where a segment sits in its syllable, so with FreeTTS's
 * syllables one segment in fifteen took another branch than flite's.
 */
final class FliteSyllables extends CMULexicon {
  private static final Set<String> ONSET_TRIGRAMS =
      Set.of("str", "spy", "spr", "spl", "sky", "skw", "skr", "skl");

  private static final Set<String> ONSET_BIGRAMS =
      Set.of(
          "zw", "zl", "vy", "vr", "vl", "thw", "thr", "ty", "tw", "tr", "shw", "shr", "shn", "shm",
          "shl", "sw", "sv", "st", "sr", "sp", "sn", "sm", "sl", "sk", "sf", "py", "pw", "pr", "pl",
          "ny", "my", "mr", "ly", "ky", "kw", "kr", "kl", "hhy", "hhw", "hhr", "hhl", "gy", "gw",
          "gr", "gl", "fy", "fr", "fl", "dy", "dw", "dr", "by", "bw", "br", "bl");

  FliteSyllables() {
    super("cmudict04");
  }

  /**
   * Whether a syllable ends before {@code phones[next]}, {@code syllable} being the phones of the
   * syllable so far.
   */
  @Override
  @SuppressWarnings("rawtypes")
  public boolean isSyllableBoundary(List syllable, String[] phones, int next) {
    if (next >= phones.length || "pau".equals(phones[next])) {
      return true;
    }
    int toVowel = distanceToVowel(phones, next);
    if (toVowel < 0) {
      return false; // no vowel left: the rest is this syllable's coda
    }
    if (!anyVowel(syllable)) {
      return false;
    }
    if (toVowel == 0) {
      return true;
    }
    if ("ng".equals(phones[next])) {
      return false; // no syllable inside a word starts with "ng"
    }
    return switch (toVowel) {
      case 1 -> true;
      case 2 -> ONSET_BIGRAMS.contains(phones[next] + phones[next + 1]);
      case 3 -> ONSET_TRIGRAMS.contains(phones[next] + phones[next + 1] + phones[next + 2]);
      default -> false;
    };
  }

  /** Phones from {@code from} to the next vowel, or -1 when none follows. */
  private static int distanceToVowel(String[] phones, int from) {
    for (int i = from; i < phones.length; i++) {
      if (vowel(phones[i])) {
        return i - from;
      }
    }
    return -1;
  }

  @SuppressWarnings("rawtypes")
  private static boolean anyVowel(List phones) {
    for (Object phone : phones) {
      if (vowel((String) phone)) {
        return true;
      }
    }
    return false;
  }

  /** As flite has it, "for the US English phone set": a vowel is a phone starting with one. */
  private static boolean vowel(String phone) {
    return !phone.isEmpty() && "aeiou".indexOf(phone.charAt(0)) >= 0;
  }
}
