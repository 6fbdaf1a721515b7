package dev.limber.session;

/** The soft beds Limber can play under a session, generated in code. */
public enum Ambient {
  RAIN("rain"), WAVES("waves"), DRONE("drone");

  private final String jsonName;

  Ambient(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }
}
