package dev.limber.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.Locale;
import java.util.Map;

/**
 * How the full screen colours its text. The default uses the terminal's own ANSI palette, so the
 * user's colours apply; high contrast is bold white on black with nothing dim; with {@code
 * NO_COLOR} set no colour is sent at all. Meaning is never in the colour alone: a paused run says
 * so in words, a selected session has a marker, bars are drawn with characters.
 */
public record Theme(String name, boolean colour) {
  public static final String DEFAULT = "default";
  public static final String HIGH_CONTRAST = "high-contrast";

  /** The kinds of text on the screens. */
  enum Role {
    NORMAL,
    STRONG,
    DIM,
    DIGITS,
    ALERT,
    SELECTED
  }

  public Theme {
    if (!name.equals(DEFAULT) && !name.equals(HIGH_CONTRAST)) {
      throw new IllegalArgumentException(
          "no theme '" + name + "': expected default or high-contrast");
    }
  }

  /**
   * The theme by name, without colour when the environment sets {@code NO_COLOR} (to anything but
   * "").
   */
  public static Theme of(String name, Map<String, String> env) {
    String noColor = env.get("NO_COLOR");
    return new Theme(name.toLowerCase(Locale.ROOT), noColor == null || noColor.isEmpty());
  }

  boolean highContrast() {
    return name.equals(HIGH_CONTRAST);
  }

  /** Sets {@code g} up to draw text of {@code role}. */
  TextGraphics apply(TextGraphics g, Role role) {
    g.clearModifiers();
    g.setForegroundColor(TextColor.ANSI.DEFAULT);
    g.setBackgroundColor(TextColor.ANSI.DEFAULT);
    if (highContrast()) {
      if (colour) {
        g.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
        g.setBackgroundColor(TextColor.ANSI.BLACK);
      }
      g.enableModifiers(SGR.BOLD);
      if (role == Role.ALERT || role == Role.SELECTED) {
        g.enableModifiers(SGR.REVERSE);
      }
      return g;
    }
    switch (role) {
      case STRONG -> g.enableModifiers(SGR.BOLD);
      case DIM -> {
        if (colour) {
          g.setForegroundColor(TextColor.ANSI.BLUE_BRIGHT);
        }
      }
      case DIGITS -> {
        g.enableModifiers(SGR.BOLD);
        if (colour) {
          g.setForegroundColor(TextColor.ANSI.CYAN);
        }
      }
      case ALERT -> {
        g.enableModifiers(SGR.BOLD, SGR.REVERSE);
        if (colour) {
          g.setForegroundColor(TextColor.ANSI.YELLOW);
        }
      }
      case SELECTED -> g.enableModifiers(SGR.BOLD, SGR.REVERSE);
      case NORMAL -> {}
    }
    return g;
  }
}
