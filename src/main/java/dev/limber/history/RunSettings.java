package dev.limber.history;

import java.util.Set;

/**
 * The settings a run was played with. {@code count} is the counting override ({@code up}, {@code
 * down}, {@code last5}, {@code breaths}, {@code none}) or {@code session} when each step counts as
 * its session says.
 */
public record RunSettings(
    int rateWpm, int pitchHz, double volume, String count, boolean breathing) {
  private static final Set<String> COUNTS =
      Set.of("session", "up", "down", "last5", "breaths", "none");

  public RunSettings {
    if (!COUNTS.contains(count)) {
      throw new IllegalArgumentException("count must be one of " + COUNTS + ", found " + count);
    }
    if (rateWpm <= 0 || pitchHz <= 0 || !(volume >= 0)) {
      throw new IllegalArgumentException("rate and pitch must be positive and volume not negative");
    }
  }
}
