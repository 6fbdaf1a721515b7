package dev.limber.catalog;

/** Where a session was found, in the order a session id is looked up. */
public enum Origin {
  PROJECT("./sessions"),
  USER("user"),
  BUNDLED("bundled"),
  FILE("file");

  private final String label;

  Origin(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
