package dev.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeTest {
  private static com.googlecode.lanterna.TextCharacter drawnWith(Theme theme, Theme.Role role)
      throws Exception {
    DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(20, 2));
    Screen screen = Screens.started(terminal);
    new Canvas(screen.newTextGraphics(), screen.getTerminalSize(), theme).text(0, 0, "word", role);
    screen.refresh();
    return terminal.getCharacter(new TerminalPosition(0, 0));
  }

  @Test
  void noColorLeavesEveryColourToTheTerminal() throws Exception {
    for (String name : new String[] {Theme.DEFAULT, Theme.HIGH_CONTRAST}) {
      Theme theme = Theme.of(name, Map.of("NO_COLOR", "1"));
      for (Theme.Role role : Theme.Role.values()) {
        com.googlecode.lanterna.TextCharacter c = drawnWith(theme, role);
        assertThat(c.getForegroundColor()).as(name + " " + role).isEqualTo(TextColor.ANSI.DEFAULT);
        assertThat(c.getBackgroundColor()).as(name + " " + role).isEqualTo(TextColor.ANSI.DEFAULT);
      }
    }
  }

  @Test
  void anEmptyNoColorIsNotSet() {
    assertThat(Theme.of("default", Map.of("NO_COLOR", "")).colour()).isTrue();
  }

  @Test
  void highContrastIsBoldWhiteOnBlackEverywhere() throws Exception {
    Theme theme = Theme.of("high-contrast", Map.of());
    for (Theme.Role role : Theme.Role.values()) {
      com.googlecode.lanterna.TextCharacter c = drawnWith(theme, role);
      assertThat(c.getForegroundColor()).as(role.name()).isEqualTo(TextColor.ANSI.WHITE_BRIGHT);
      assertThat(c.getBackgroundColor()).as(role.name()).isEqualTo(TextColor.ANSI.BLACK);
      assertThat(c.getModifiers()).as(role.name()).contains(SGR.BOLD);
    }
  }

  @Test
  void theDefaultUsesTheTerminalsOwnPalette() throws Exception {
    Theme theme = Theme.of("default", Map.of());
    for (Theme.Role role : Theme.Role.values()) {
      assertThat(drawnWith(theme, role).getForegroundColor())
          .as(role.name())
          .isInstanceOf(TextColor.ANSI.class);
    }
  }

  @Test
  void anUnknownThemeIsRefused() {
    assertThatThrownBy(() -> Theme.of("pink", Map.of()))
        .hasMessage("no theme 'pink': expected default or high-contrast");
  }
}
