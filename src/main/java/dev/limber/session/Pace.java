package dev.limber.session;

/**
 * How long the pauses between sentences are: calm by default, slow for breathing, brisk for a quick
 * break.
 */
public enum Pace {
  CALM("calm"),
  SLOW("slow"),
  BRISK("brisk");

  private final String jsonName;

  Pace(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }
}
