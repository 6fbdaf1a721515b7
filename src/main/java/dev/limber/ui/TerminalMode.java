package dev.limber.ui;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Switches the controlling terminal between line mode and character mode with {@code stty}, which
 * Java cannot do itself. Does nothing when standard input is not a terminal.
 */
public final class TerminalMode {
  private static final File TTY = new File("/dev/tty");
  private final boolean active;
  private String saved;

  private TerminalMode(boolean active) {
    this.active = active;
  }

  /** For standard input, which the caller knows to be a terminal or not. */
  public static TerminalMode forStandardInput(boolean isTerminal) {
    return new TerminalMode(isTerminal);
  }

  public boolean isTerminal() {
    return active;
  }

  synchronized void enterCharacterMode() {
    if (!active || saved != null) {
      return;
    }
    saved = stty("-g");
    if (saved != null) {
      stty("-icanon", "-echo", "min", "1");
      // restore the terminal even if the program is stopped by a signal
      Runtime.getRuntime().addShutdownHook(new Thread(this::restore));
    }
  }

  synchronized void restore() {
    if (saved != null) {
      stty(saved.trim());
      saved = null;
    }
  }

  /** Whether standard input is a terminal. Java has no isatty: Linux tells through /proc, elsewhere the shell's {@code test -t}. */
  public static boolean stdinIsTerminal() {
    try {
      String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/0")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException e) {
      return shellSaysTerminal();
    }
  }

  private static boolean shellSaysTerminal() {
    try {
      Process p = new ProcessBuilder("sh", "-c", "test -t 0").redirectInput(ProcessBuilder.Redirect.INHERIT).start();
      return p.waitFor(2, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String stty(String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "stty";
    System.arraycopy(args, 0, command, 1, args.length);
    try {
      Process p = new ProcessBuilder(command).redirectInput(TTY).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      return p.waitFor(2, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
