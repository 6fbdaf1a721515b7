package dev.limber.ui;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;

/**
 * Switches the controlling terminal between line mode and character mode with {@code stty}, which
 * Java cannot do itself, and keeps it right across job control: a run started in the background
 * neither reads the terminal nor changes it, and after Ctrl-Z and {@code fg} (SIGCONT) character
 * mode comes back. Does nothing to standard input that is not a terminal.
 */
public final class TerminalMode {
  private static final File TTY = new File("/dev/tty");

  /**
   * How long changing the mode may take; a stty stopped by the kernel (in the background) is not
   * waited for.
   */
  private static final int CHANGE_SECONDS = 2;

  private static final int RESTORE_SECONDS = 10;
  private final boolean active;
  private volatile boolean foreground;
  private boolean wanted;
  private boolean hooked;
  private String saved;

  private TerminalMode(boolean active) {
    this.active = active;
    this.foreground = !active || inForeground();
  }

  /** For standard input, which the caller knows to be a terminal or not. */
  public static TerminalMode forStandardInput(boolean isTerminal) {
    return new TerminalMode(isTerminal);
  }

  public boolean isTerminal() {
    return active;
  }

  /**
   * Whether standard input is what the program was started with. When it is started with standard
   * input closed, the JVM's own files (its jar, its modules) land on descriptor 0, and reading them
   * as keys would quit at the first "q" in them.
   */
  public static boolean stdinIsOpen() {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
      String name = target.toString();
      return !(name.endsWith(".jar")
          || name.endsWith("/modules")
          || name.startsWith(System.getProperty("java.home")));
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return true; // no /proc: take standard input as it comes
    }
  }

  /** Whether keys may be read now: not while the program is in the background of its terminal. */
  boolean readable() {
    return foreground;
  }

  synchronized void enterCharacterMode() {
    if (!active || wanted) {
      return;
    }
    wanted = true;
    if (!hooked) {
      hooked = true;
      // restore the terminal even if the program is stopped by a signal
      Runtime.getRuntime().addShutdownHook(new Thread(this::restore));
      onContinue(this::continued);
    }
    if (foreground) {
      apply();
    }
  }

  synchronized void restore() {
    wanted = false;
    if (saved != null) {
      // waited for as long as it takes on a busy machine: the user's terminal must be as it was
      // before the program exits
      stty(RESTORE_SECONDS, saved.trim());
      saved = null;
    }
  }

  /**
   * After Ctrl-Z and {@code fg} or {@code bg}: the shell may have reset the terminal, and the job
   * may have moved.
   */
  private synchronized void continued() {
    foreground = inForeground();
    if (wanted && foreground) {
      apply();
    }
  }

  private void apply() {
    if (saved == null) {
      saved = stty(CHANGE_SECONDS, "-g");
    }
    if (saved != null) {
      stty(CHANGE_SECONDS, "-icanon", "-echo", "min", "1");
    }
  }

  private static void onContinue(Runnable action) {
    try {
      Signal.handle(new Signal("CONT"), signal -> action.run());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // no SIGCONT here: after Ctrl-Z and fg, keys need Enter until the next run
    }
  }

  /**
   * Whether this process is in the foreground of its terminal: {@code /proc/self/stat} gives the
   * process group and the terminal's foreground group. A background job that reads the terminal or
   * changes its mode is stopped by the kernel (SIGTTIN, SIGTTOU).
   */
  static boolean inForeground() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
      // the command name may hold spaces and parentheses; the fields after its last ')' do not
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
      return fields[2].equals(fields[5]); // pgrp, tpgid
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /**
   * Whether standard input is a terminal. Java has no isatty: Linux tells through /proc, elsewhere
   * the shell's {@code test -t}.
   */
  public static boolean stdinIsTerminal() {
    return descriptorIsTerminal(0).orElseGet(TerminalMode::shellSaysTerminal);
  }

  /** Whether standard output is a terminal, told as for standard input. */
  public static boolean stdoutIsTerminal() {
    return descriptorIsTerminal(1).orElseGet(() -> System.console() != null);
  }

  /**
   * What Linux's /proc says of a file descriptor: a terminal or not; empty where it cannot tell.
   */
  private static Optional<Boolean> descriptorIsTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return Optional.of(
          target.startsWith("/dev/pts/")
              || target.startsWith("/dev/tty")
              || target.equals("/dev/console"));
    } catch (IOException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  private static boolean shellSaysTerminal() {
    try {
      Process p =
          new ProcessBuilder("sh", "-c", "test -t 0")
              .redirectInput(ProcessBuilder.Redirect.INHERIT)
              .start();
      return p.waitFor(2, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs {@code stty} on the controlling terminal; its output, or null when it failed. */
  static String stty(String... args) {
    return stty(CHANGE_SECONDS, args);
  }

  private static String stty(int seconds, String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "stty";
    System.arraycopy(args, 0, command, 1, args.length);
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectInput(TTY)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      return p.waitFor(seconds, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
