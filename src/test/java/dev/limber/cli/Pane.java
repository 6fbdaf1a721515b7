package dev.limber.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A detached tmux pane for the end-to-end tests of the terminal faces: keys are typed with
 * send-keys and the screen read with capture-pane, as a person types and sees them.
 */
final class Pane implements AutoCloseable {
  private final String name;

  private Pane(String name) {
    this.name = name;
  }

  /** A new pane of {@code columns} x {@code rows} in {@code folder}, running {@code command}. */
  static Pane open(String prefix, int columns, int rows, Path folder, String command)
      throws IOException, InterruptedException {
    Pane pane = new Pane(prefix + "-" + ProcessHandle.current().pid());
    tmux(
        "new-session",
        "-d",
        "-s",
        pane.name,
        "-x",
        String.valueOf(columns),
        "-y",
        String.valueOf(rows),
        "-c",
        folder.toString(),
        command);
    return pane;
  }

  /** An interactive shell with job control and a "$ " prompt, as a person has. */
  static Pane shell(String prefix, int columns, int rows, Path folder) throws Exception {
    Pane pane = open(prefix, columns, rows, folder, "env PS1='$ ' bash --norc --noprofile -i");
    try {
      pane.await("$");
      return pane;
    } catch (Exception | AssertionError e) {
      pane.close(); // the caller never gets it to close, and the next test would reuse its name
      throw e;
    }
  }

  /**
   * A script in {@code home} that runs Limber from the test's class path with no sound card (an
   * empty ALSA configuration) and its data in {@code home}: the pane shows a short line.
   */
  static Path limber(Path home) throws IOException {
    Path alsa = Files.writeString(home.resolve("empty-alsa.conf"), "");
    Path script = home.resolve("limber");
    Files.writeString(
        script,
        "#!/bin/sh\nexport LIMBER_HOME='"
            + home
            + "' ALSA_CONFIG_PATH='"
            + alsa
            + "'\nexec "
            + java()
            + " \"$@\"\n");
    script.toFile().setExecutable(true);
    return script;
  }

  /** The shell words that start Limber's main class from the test's class path. */
  static String java() {
    return "'"
        + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' -cp '"
        + System.getProperty("java.class.path")
        + "' "
        + Main.class.getName();
  }

  /** Types a line and Enter. */
  void type(String line) throws IOException, InterruptedException {
    tmux("send-keys", "-t", name, "-l", line);
    tmux("send-keys", "-t", name, "Enter");
  }

  /** Sends one key, in tmux's names ("Space", "C-c", "q"). */
  void send(String key) throws IOException, InterruptedException {
    tmux("send-keys", "-t", name, key);
  }

  void resize(int columns, int rows) throws IOException, InterruptedException {
    tmux("resize-window", "-t", name, "-x", String.valueOf(columns), "-y", String.valueOf(rows));
  }

  /** What the pane shows, as text. */
  String screen() throws IOException, InterruptedException {
    return tmux("capture-pane", "-p", "-t", name);
  }

  /** What the pane shows, with its colour and attribute escapes. */
  String screenWithEscapes() throws IOException, InterruptedException {
    return tmux("capture-pane", "-p", "-e", "-t", name);
  }

  /** Waits up to 30 s for {@code text} on the screen. */
  String await(String text) throws Exception {
    return await(s -> s.contains(text), "\"" + text + "\"", 300);
  }

  /** Waits up to 30 s for the screen to pass {@code test}. */
  String await(Predicate<String> test, String what) throws Exception {
    return await(test, what, 300);
  }

  /** Waits up to {@code tenths} tenths of a second for the screen to pass {@code test}. */
  String await(Predicate<String> test, String what, int tenths) throws Exception {
    String screen = "";
    for (int i = 0; i < tenths; i++) {
      screen = screen();
      if (test.test(screen)) {
        return screen;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(what + " never appeared; the screen was:\n" + screen);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    tmux("kill-session", "-t", name);
  }

  private static String tmux(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(10, TimeUnit.SECONDS);
    return out;
  }
}
