package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end in a real terminal: tmux runs {@code limber play} in a pane, keys are typed with
 * send-keys (one key each, no Enter), and the screen is read with capture-pane.
 */
class TerminalKeysIT {
  private static final String TMUX_SESSION = "limber-it-" + ProcessHandle.current().pid();

  @TempDir Path home;

  @AfterEach
  void killPane() throws Exception {
    tmux("kill-session", "-t", TMUX_SESSION);
  }

  /**
   * The command that runs Limber with {@code args}: a script in the temporary folder, so the pane
   * shows a short line, with no sound card (an empty ALSA configuration) and data kept there too.
   */
  private String limber(String args) throws IOException {
    Path alsa = home.resolve("empty-alsa.conf");
    Files.writeString(alsa, "");
    Path script = home.resolve("limber");
    Files.writeString(
        script,
        "#!/bin/sh\nexport LIMBER_HOME='"
            + home
            + "' ALSA_CONFIG_PATH='"
            + alsa
            + "'\nexec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' "
            + Main.class.getName()
            + " \"$@\"\n");
    script.toFile().setExecutable(true);
    return script + " " + args;
  }

  /**
   * A shell command that prints the status of the one before it; split so that typing it does not
   * show "exit=".
   */
  private static final String STATUS = "; echo \"ex\"\"it=$?\"";

  /** A detached tmux session of 120x40 in the working folder, running {@code command}. */
  private void newSession(String command) throws Exception {
    tmux(
        "new-session",
        "-d",
        "-s",
        TMUX_SESSION,
        "-x",
        "120",
        "-y",
        "40",
        "-c",
        Path.of("").toAbsolutePath().toString(),
        command);
  }

  /** An interactive shell in a 120x40 pane, with job control, as a person has. */
  private void shell() throws Exception {
    newSession("env PS1='$ ' bash --norc --noprofile -i");
    awaitScreen("$");
  }

  private void type(String line) throws Exception {
    tmux("send-keys", "-t", TMUX_SESSION, "-l", line);
    tmux("send-keys", "-t", TMUX_SESSION, "Enter");
  }

  @Test
  void singleKeysPauseSkipAndQuitWithoutEnterAndTheTerminalIsRestored() throws Exception {
    Path script = home.resolve("run.sh");
    Files.writeString(
        script,
        String.join(
            "\n",
            limber("play src/test/resources/sessions/tiny.json --plain"),
            "echo \"exit=$?\"",
            "stty -a | grep -o -- '-\\?icanon' | head -n 1",
            "sleep 60",
            ""));
    newSession("sh " + script);

    awaitScreen("Keys: space pause");
    tmux("send-keys", "-t", TMUX_SESSION, "Space");
    awaitScreen("Paused.");
    tmux("send-keys", "-t", TMUX_SESSION, "Space");
    awaitScreen("Resumed.");
    tmux("send-keys", "-t", TMUX_SESSION, "n");
    awaitScreen("Skipping to");
    tmux("send-keys", "-t", TMUX_SESSION, "q");
    awaitScreen("exit=");
    String screen = awaitScreen("icanon"); // the script's stty line comes just after

    assertThat(screen).contains("Stopped", "exit=0");
    assertThat(screen.lines().filter(l -> l.equals("icanon")).count())
        .as("line mode is back after the run")
        .isEqualTo(1);
    assertThat(screen).doesNotContain(" n\n", "q\n");
  }

  @Test
  void afterCtrlZAndFgSingleKeysWorkAgain() throws Exception {
    shell();
    type(limber("play src/test/resources/sessions/tiny.json --plain"));
    awaitScreen("Keys: space pause");
    tmux("send-keys", "-t", TMUX_SESSION, "C-z");
    awaitScreen("Stopped");
    type("fg");
    Thread.sleep(500);
    tmux("send-keys", "-t", TMUX_SESSION, "i");
    String screen = awaitScreen("left.");

    assertThat(screen)
        .as("i, without Enter, answered after fg")
        .containsPattern("(Step \\d of 3: \\w+\\.|The introduction\\.)");
    tmux("send-keys", "-t", TMUX_SESSION, "q");
    awaitScreen("played.");
  }

  @Test
  void startedInTheBackgroundItPlaysToTheEndWithoutStopping() throws Exception {
    shell();
    type(limber("play src/test/resources/sessions/tiny.json --plain") + " & wait $!" + STATUS);
    String screen = awaitScreen("exit=", 600);

    assertThat(screen).contains("Done: Tiny", "exit=0").doesNotContain("Stopped");
  }

  @Test
  void withStandardInputClosedItPlaysToTheEnd() throws Exception {
    shell();
    type(limber("play src/test/resources/sessions/tiny.json --plain") + " <&-" + STATUS);
    String screen = awaitScreen("exit=", 600);

    assertThat(screen).contains("Done: Tiny", "exit=0");
  }

  private static String awaitScreen(String text) throws Exception {
    return awaitScreen(text, 200);
  }

  /** Waits up to {@code tenths} tenths of a second for {@code text} to be on the screen. */
  private static String awaitScreen(String text, int tenths) throws Exception {
    String screen = "";
    for (int i = 0; i < tenths; i++) {
      screen = tmux("capture-pane", "-p", "-t", TMUX_SESSION);
      if (screen.contains(text)) {
        return screen;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("\"" + text + "\" never appeared; the screen was:\n" + screen);
  }

  private static String tmux(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("tmux"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(10, TimeUnit.SECONDS);
    return out;
  }
}
