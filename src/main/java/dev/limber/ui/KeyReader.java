package dev.limber.ui;

import dev.limber.engine.Command;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads single keys from standard input on a thread of its own and turns them into commands. When
 * the input is a terminal it is put in character mode (no Enter needed, no echo) and restored
 * afterwards; when it is a pipe, bytes are keys as they come.
 */
public final class KeyReader implements AutoCloseable {
  private final InputStream in;
  private final Consumer<Command> commands;
  private final TerminalMode mode;
  private final Thread thread;

  public KeyReader(InputStream in, Consumer<Command> commands, TerminalMode mode) {
    this.in = in;
    this.commands = commands;
    this.mode = mode;
    this.thread = new Thread(this::read, "keys");
    thread.setDaemon(true);
  }

  public void start() {
    mode.enterCharacterMode();
    thread.start();
  }

  private void read() {
    try {
      int key;
      while ((key = in.read()) >= 0) {
        boolean quit = Keys.command(key).map(c -> {
          commands.accept(c);
          return c instanceof Command.Stop;
        }).orElse(false);
        if (quit) {
          return;
        }
      }
    } catch (IOException e) {
      // input closed: playback goes on without keys
    }
  }

  @Override
  public void close() {
    mode.restore();
  }
}
