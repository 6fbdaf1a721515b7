package dev.limber.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.List;

/** Draws themed lines of text on a screen, clipped to its width, printable characters only. */
final class Canvas {
  private final TextGraphics g;
  private final Theme theme;
  private final int columns;
  private final int rows;

  Canvas(TextGraphics g, TerminalSize size, Theme theme) {
    this.g = g;
    this.theme = theme;
    this.columns = size.getColumns();
    this.rows = size.getRows();
    theme.apply(g, Theme.Role.NORMAL).fill(' ');
  }

  int columns() {
    return columns;
  }

  int rows() {
    return rows;
  }

  /** Draws {@code text} at a row from {@code column}, cut at the right edge. */
  void text(int row, int column, String text, Theme.Role role) {
    if (row < 0 || row >= rows || column >= columns) {
      return;
    }
    String clean = Printable.of(text);
    String shown =
        clean.codePointCount(0, clean.length()) > columns - column
            ? clean.substring(0, clean.offsetByCodePoints(0, Math.max(0, columns - column)))
            : clean;
    theme.apply(g, role).putString(column, row, shown);
  }

  /** Draws {@code text} centred on a row. */
  void centred(int row, String text, Theme.Role role) {
    text(row, Math.max(0, (columns - Printable.of(text).length()) / 2), text, role);
  }

  /** Draws {@code text} against the right edge of a row. */
  void right(int row, String text, Theme.Role role) {
    text(row, Math.max(0, columns - Printable.of(text).length()), text, role);
  }

  /** A whole row in one role, such as a warning across the screen. */
  void banner(int row, String text, Theme.Role role) {
    String clean = Printable.of(text);
    int pad = Math.max(0, (columns - clean.length()) / 2);
    text(
        row,
        0,
        " ".repeat(pad) + clean + " ".repeat(Math.max(0, columns - pad - clean.length())),
        role);
  }

  /**
   * Words wrapped to {@code width} columns, at most {@code maxLines} lines, the last one cut with
   * "...".
   */
  static List<String> wrap(String text, int width, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : Printable.of(text).trim().split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      while (word.length() > width) {
        lines.add(word.substring(0, width));
        word = word.substring(width);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    if (lines.size() > maxLines) {
      List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
      String last = cut.get(maxLines - 1);
      cut.set(
          maxLines - 1,
          (last.length() + 3 > width ? last.substring(0, Math.max(0, width - 3)) : last) + "...");
      return cut;
    }
    return lines;
  }

  /**
   * A bar of {@code width} cells, filled to {@code fraction} with █ and the rest with ░, so it
   * reads without colour.
   */
  static String bar(double fraction, int width) {
    int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
    return "█".repeat(filled) + "░".repeat(Math.max(0, width - filled));
  }
}
