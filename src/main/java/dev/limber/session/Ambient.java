package dev.limber.session;

/**
 * The soft beds Limber can play under a session, generated in code; {@code NONE} asks for silence
 * between cues.
 */
public enum Ambient {
  RAIN("rain"),
  WAVES("waves"),
  DRONE("drone"),
  NONE("none");

  private final String jsonName;

  Ambient(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }
}
