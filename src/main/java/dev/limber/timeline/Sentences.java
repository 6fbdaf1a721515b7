package dev.limber.timeline;

import java.util.Arrays;
import java.util.List;

/** Splits a spoken line into sentences, so each gets its own clip and a calm pause after it. */
final class Sentences {
  private Sentences() {}

  static List<String> of(String line) {
    return Arrays.stream(line.trim().split("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}\"'])"))
        .filter(s -> !s.isBlank())
        .toList();
  }
}
