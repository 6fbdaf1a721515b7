package dev.limber.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Large text drawn with block characters (█ ▀ ▄), for the seconds of a hold and the "no sound"
 * warning: readable across a room. Each glyph is 3 pixels wide and 5 tall; a pixel is {@code scale}
 * half-rows tall and {@code scale} columns wide, so scale 2 gives 5 rows of full blocks and scale 1
 * gives 3 rows of half blocks.
 */
final class BlockFont {
  static final int GLYPH_WIDTH = 3;
  static final int GLYPH_HEIGHT = 5;

  private static final Map<Character, String[]> GLYPHS =
      Map.ofEntries(
          Map.entry('0', new String[] {"###", "#.#", "#.#", "#.#", "###"}),
          Map.entry('1', new String[] {".#.", "##.", ".#.", ".#.", "###"}),
          Map.entry('2', new String[] {"###", "..#", "###", "#..", "###"}),
          Map.entry('3', new String[] {"###", "..#", ".##", "..#", "###"}),
          Map.entry('4', new String[] {"#.#", "#.#", "###", "..#", "..#"}),
          Map.entry('5', new String[] {"###", "#..", "###", "..#", "###"}),
          Map.entry('6', new String[] {"###", "#..", "###", "#.#", "###"}),
          Map.entry('7', new String[] {"###", "..#", ".#.", ".#.", ".#."}),
          Map.entry('8', new String[] {"###", "#.#", "###", "#.#", "###"}),
          Map.entry('9', new String[] {"###", "#.#", "###", "..#", "###"}),
          Map.entry(':', new String[] {"...", ".#.", "...", ".#.", "..."}),
          Map.entry(' ', new String[] {"...", "...", "...", "...", "..."}),
          Map.entry('N', new String[] {"#.#", "###", "###", "###", "#.#"}),
          Map.entry('O', new String[] {"###", "#.#", "#.#", "#.#", "###"}),
          Map.entry('S', new String[] {"###", "#..", "###", "..#", "###"}),
          Map.entry('U', new String[] {"#.#", "#.#", "#.#", "#.#", "###"}),
          Map.entry('D', new String[] {"##.", "#.#", "#.#", "#.#", "##."}));

  private BlockFont() {}

  /** Rows of cells a text takes at {@code scale}. */
  static int height(int scale) {
    return (GLYPH_HEIGHT * scale + 1) / 2;
  }

  /** Columns a text takes at {@code scale}: glyphs with one pixel between them. */
  static int width(String text, int scale) {
    return text.isEmpty() ? 0 : (text.length() * (GLYPH_WIDTH + 1) - 1) * scale;
  }

  /** The text as rows of block characters; characters without a glyph are left blank. */
  static List<String> render(String text, int scale) {
    int pixelRows = GLYPH_HEIGHT * scale;
    boolean[][] on = new boolean[pixelRows + 1][width(text, scale)];
    for (int i = 0; i < text.length(); i++) {
      String[] glyph = GLYPHS.getOrDefault(text.charAt(i), GLYPHS.get(' '));
      for (int y = 0; y < pixelRows; y++) {
        for (int x = 0; x < GLYPH_WIDTH * scale; x++) {
          on[y][i * (GLYPH_WIDTH + 1) * scale + x] = glyph[y / scale].charAt(x / scale) == '#';
        }
      }
    }
    List<String> rows = new ArrayList<>();
    for (int y = 0; y < pixelRows; y += 2) {
      StringBuilder row = new StringBuilder();
      for (int x = 0; x < on[y].length; x++) {
        boolean top = on[y][x];
        boolean bottom = on[y + 1][x];
        row.append(top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ');
      }
      rows.add(row.toString());
    }
    return rows;
  }
}
