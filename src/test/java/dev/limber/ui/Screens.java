package dev.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Golden screens: what a virtual terminal shows, compared with a file under {@code
 * src/test/resources/screens/}. Run with {@code -Dscreens.update=true} to write the files anew
 * (then read every changed one before committing it).
 */
final class Screens {
  static final Path FOLDER = Path.of("src/test/resources/screens");

  private Screens() {}

  /** A started screen on a virtual terminal. */
  static Screen started(DefaultVirtualTerminal terminal) {
    try {
      Screen screen = new TerminalScreen(terminal);
      screen.startScreen();
      return screen;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code painter} draws on a fresh terminal of the size, as text. */
  static String drawn(int columns, int rows, Theme theme, Consumer<Canvas> painter)
      throws IOException {
    DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
    Screen screen = started(terminal);
    painter.accept(new Canvas(screen.newTextGraphics(), screen.getTerminalSize(), theme));
    screen.refresh();
    return terminal.toString();
  }

  static String golden(String name) throws IOException {
    Path file = FOLDER.resolve(name + ".txt");
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  /** Asserts that {@code actual} is the golden screen {@code name}, or writes it when updating. */
  static void assertGolden(String name, String actual) throws IOException {
    if (Boolean.getBoolean("screens.update")) {
      Files.createDirectories(FOLDER);
      Files.writeString(FOLDER.resolve(name + ".txt"), actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual).as("screen " + name).isEqualTo(golden(name));
  }
}
