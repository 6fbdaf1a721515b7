package dev.limber.session;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for a mistyped field or value: the closest known word within a small edit
 * distance.
 */
final class Suggestions {
  private Suggestions() {}

  static Optional<String> closest(String typed, Collection<String> known) {
    String lower = typed.toLowerCase(Locale.ROOT);
    int allowed = Math.max(1, Math.min(3, typed.length() / 3));
    return known.stream()
        .filter(k -> distance(lower, k.toLowerCase(Locale.ROOT)) <= allowed)
        .min(Comparator.comparingInt(k -> distance(lower, k.toLowerCase(Locale.ROOT))));
  }

  /** Levenshtein distance, counting a swap of two neighbours as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
