package dev.limber.session;

/** Builds the JSON paths that error messages show, such as {@code steps[2].hold}. */
final class PathNames {
  static final String ROOT = "$";

  private PathNames() {}

  static String field(String parent, String key) {
    String shown = key.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? key : quoted(key);
    return ROOT.equals(parent) ? shown : parent + "." + shown;
  }

  /**
   * A key in double quotes, with quotes, backslashes and unprintable characters escaped (never sent
   * raw to a terminal).
   */
  static String quoted(String key) {
    StringBuilder out = new StringBuilder("\"");
    key.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (!TextRules.printable(c)) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }

  static String index(String parent, int index) {
    return (ROOT.equals(parent) ? "" : parent) + "[" + index + "]";
  }
}
