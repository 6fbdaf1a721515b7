package dev.limber.ui;

import dev.limber.engine.Command;
import dev.limber.engine.KeyTable;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Reads single keys on a thread of its own and turns them into commands, until {@link #close}. When
 * the input is a terminal it is put in character mode (no Enter needed, no echo) and restored
 * afterwards; when it is a pipe or a file, bytes are keys as they come.
 *
 * <p>The thread asks how many bytes are waiting instead of blocking in {@code read}: a thread
 * blocked in {@code read} on standard input cannot be woken, so it would outlive its session and
 * take the first key meant for the next one.
 */
public final class KeyReader implements AutoCloseable {
  /** How often waiting input is looked for: a small part of the 10 ms a block of audio lasts. */
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  private final InputStream in;
  private final Consumer<Command> commands;
  private final TerminalMode mode;
  private final Thread thread;
  private volatile boolean closed;

  public KeyReader(InputStream in, Consumer<Command> commands, TerminalMode mode) {
    this.in = in;
    this.commands = commands;
    this.mode = mode;
    this.thread = new Thread(this::read, "limber-keys");
    thread.setDaemon(true);
  }

  /** Starts reading; from a terminal, only while the program is in its foreground. */
  public void start() {
    mode.enterCharacterMode();
    thread.start();
  }

  private void read() {
    try {
      while (!closed) {
        if (!mode.readable() || in.available() <= 0) {
          LockSupport.parkNanos(POLL_NANOS);
          continue;
        }
        int key = in.read();
        if (key < 0) {
          return; // the end of a pipe or file: playback goes on without keys
        }
        KeyTable.command(key).ifPresent(commands);
      }
    } catch (IOException e) {
      // input closed: playback goes on without keys
    }
  }

  /**
   * Stops reading and gives the terminal back as it was; the thread ends within a few milliseconds.
   */
  @Override
  public void close() {
    closed = true;
    mode.restore();
    try {
      thread.join(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
