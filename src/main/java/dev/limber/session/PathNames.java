package dev.limber.session;

/** Builds the JSON paths that error messages show, such as {@code steps[2].hold}. */
final class PathNames {
  static final String ROOT = "$";

  private PathNames() {}

  static String field(String parent, String key) {
    String shown = key.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? key : "\"" + key.replace("\"", "\\\"") + "\"";
    return ROOT.equals(parent) ? shown : parent + "." + shown;
  }

  static String index(String parent, int index) {
    return (ROOT.equals(parent) ? "" : parent) + "[" + index + "]";
  }
}
