package dev.limber.session;

/**
 * One fault in a session file: where it is and what is wrong, printed as {@code FILE:LINE:COL:
 * path: message}.
 */
public record Problem(String source, int line, int column, String path, String message) {

  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": " + path + ": " + message;
  }
}
