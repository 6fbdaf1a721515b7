package dev.limber.session;

/** Whether a step is done once, or on the left side and then the right. */
public enum Sides {
  NONE("none"),
  BOTH("both");

  private final String jsonName;

  Sides(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }
}
