package dev.limber.ui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The real terminal, taken over for the full screen and given back exactly as it was: never a Swing
 * window, Ctrl-C arriving as a key (so that it stops the run as SIGINT does), and whatever the
 * program's libraries print to standard output, standard error or java.util.logging kept while the
 * screen is up and handed back afterwards, so nothing draws over it. Ctrl-Z gives the terminal back
 * while the program is stopped, and {@code fg} takes it again and redraws.
 */
public final class RealTerminal implements AutoCloseable {
  private final Screen screen;
  private final Terminal terminal;
  private final Optional<String> savedModes;
  private final List<Signal> signals = new ArrayList<>();
  private final List<SignalHandler> previous = new ArrayList<>();
  private final PrintStream savedOut = System.out;
  private final PrintStream savedErr = System.err;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final List<Handler> savedHandlers = new ArrayList<>();
  private Handler keeper;

  private RealTerminal(Screen screen, Terminal terminal, Optional<String> savedModes) {
    this.screen = screen;
    this.terminal = terminal;
    this.savedModes = savedModes;
  }

  /**
   * Why the full screen cannot be shown here, or empty when it can: it needs a terminal that can
   * move the cursor.
   */
  public static Optional<String> unusable(Map<String, String> env) {
    String term = env.getOrDefault("TERM", "");
    return term.isEmpty() || term.equals("dumb")
        ? Optional.of(
            "the terminal (TERM="
                + (term.isEmpty() ? "unset" : term)
                + ") cannot show the full screen")
        : Optional.empty();
  }

  /**
   * Takes over the terminal behind {@code in} and {@code out}.
   *
   * @throws IOException when it is not a terminal after all ({@code stty} fails)
   */
  public static RealTerminal open(InputStream in, OutputStream out, Theme theme)
      throws IOException {
    Optional<String> modes = Optional.ofNullable(TerminalMode.stty("-g")).map(String::trim);
    Terminal terminal =
        new DefaultTerminalFactory(out, in, StandardCharsets.UTF_8)
            .setForceTextTerminal(true)
            .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
            .createTerminal();
    Screen screen =
        new com.googlecode.lanterna.screen.TerminalScreen(
            theme.colour() ? terminal : withoutColour(terminal));
    RealTerminal opened = new RealTerminal(screen, terminal, modes);
    opened.keepOutput();
    try {
      screen.startScreen();
    } catch (IOException | RuntimeException e) {
      opened.close();
      throw e;
    }
    opened.onJobControl();
    return opened;
  }

  public Screen screen() {
    return screen;
  }

  /** Gives the terminal back as it was and returns what was printed meanwhile. */
  public String closeAndTakeOutput() {
    close();
    return kept.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    for (int i = 0; i < signals.size(); i++) {
      Signal.handle(signals.get(i), previous.get(i));
    }
    signals.clear();
    try {
      screen.stopScreen();
      screen.close();
    } catch (IOException | RuntimeException e) {
      // the terminal is gone: there is nothing left to give back
    }
    giveOutputBack();
  }

  /** Ctrl-Z (SIGTSTP): the shell gets its terminal back until fg. */
  private void onJobControl() {
    try {
      Signal signal = new Signal("TSTP");
      previous.add(Signal.handle(signal, s -> suspend()));
      signals.add(signal);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // no job control here: Ctrl-Z stops the program with the screen up, as any program
    }
  }

  /**
   * Leaves the full screen and gives back the terminal's modes, stops as SIGTSTP would have, and
   * once continued in the foreground takes the terminal again and has the next frame drawn whole.
   * The screen's lock is held throughout, so the face cannot draw on the shell's screen; continued
   * in the background (bg), the terminal stops the program again: a full screen cannot play behind
   * the shell.
   */
  private void suspend() {
    synchronized (screen) {
      try {
        terminal.exitPrivateMode();
        terminal.flush();
      } catch (IOException | IllegalStateException e) {
        // already out of it
      }
      savedModes.ifPresent(TerminalMode::stty);
      try {
        new ProcessBuilder("kill", "-STOP", Long.toString(ProcessHandle.current().pid()))
            .start()
            .waitFor();
      } catch (IOException e) {
        // cannot stop: take the terminal again at once
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      // continued in the background (bg), this stty stops the job again (SIGTTOU) until fg
      TerminalMode.stty("-icanon", "-echo", "min", "1", "intr", "undef");
      try {
        terminal.enterPrivateMode();
      } catch (IOException | IllegalStateException e) {
        // still in it
      }
      screen.clear();
    }
  }

  private void keepOutput() {
    PrintStream keeping = new PrintStream(kept, true, StandardCharsets.UTF_8);
    System.setOut(keeping);
    System.setErr(keeping);
    Logger root = LogManager.getLogManager().getLogger("");
    for (Handler h : root.getHandlers()) {
      savedHandlers.add(h);
      root.removeHandler(h);
    }
    keeper = new StreamHandler(keeping, new SimpleFormatter());
    root.addHandler(keeper);
  }

  private synchronized void giveOutputBack() {
    if (keeper == null) {
      return;
    }
    Logger root = LogManager.getLogManager().getLogger("");
    keeper.flush();
    root.removeHandler(keeper);
    savedHandlers.forEach(root::addHandler);
    keeper = null;
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  /** The terminal with every colour change left out, for NO_COLOR: bold and reverse video stay. */
  private static Terminal withoutColour(Terminal terminal) {
    return (Terminal)
        Proxy.newProxyInstance(
            Terminal.class.getClassLoader(),
            new Class<?>[] {Terminal.class},
            (proxy, method, args) -> {
              if ((method.getName().equals("setForegroundColor")
                      || method.getName().equals("setBackgroundColor"))
                  && args != null
                  && args.length == 1
                  && args[0] instanceof TextColor) {
                return null;
              }
              try {
                return method.invoke(terminal, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
