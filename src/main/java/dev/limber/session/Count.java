package dev.limber.session;

/** How a hold is counted aloud. */
public enum Count {
  UP("up"),
  DOWN("down"),
  LAST5("last5"),
  BREATHS("breaths"),
  NONE("none");

  private final String jsonName;

  Count(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  /** True when a number is spoken on every second, which leaves no room for "halfway". */
  public boolean everySecond() {
    return this == UP || this == DOWN;
  }
}
