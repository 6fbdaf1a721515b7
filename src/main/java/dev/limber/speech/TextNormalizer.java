package dev.limber.speech;

import java.text.Normalizer;

/**
 * Makes text safe for the FreeTTS voice, which silently drops what it cannot read: accents are
 * removed, typographic punctuation becomes plain, and anything else outside printable ASCII is
 * replaced by a space.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String text) {
    String plain =
        text.replace('\u2018', '\'')
            .replace('\u2019', '\'')
            .replace('\u201C', '"')
            .replace('\u201D', '"')
            .replace("\u2013", ", ")
            .replace("\u2014", ", ")
            .replace("\u2026", "...")
            .replace("&", " and ")
            .replace("%", " percent");
    String decomposed = Normalizer.normalize(plain, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      out.append(c >= 0x20 && c < 0x7f ? c : ' ');
    }
    return out.toString().replaceAll("\\s+", " ").trim();
  }
}
