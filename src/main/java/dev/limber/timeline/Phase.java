package dev.limber.timeline;

/** The part of a session a moment belongs to, as a user would name it. */
public enum Phase {
  INTRO("intro"),
  INSTRUCTIONS("instructions"),
  GET_READY("get ready"),
  HOLD("hold"),
  REPS("reps"),
  REST("rest"),
  OUTRO("outro");

  private final String label;

  Phase(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
