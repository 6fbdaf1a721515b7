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

  @Test
  void singleKeysPauseSkipAndQuitWithoutEnterAndTheTerminalIsRestored() throws Exception {
    Path script = home.resolve("run.sh");
    Files.writeString(script, String.join("\n",
        "export LIMBER_HOME='" + home + "'",
        "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '" + System.getProperty("java.class.path") + "' "
            + Main.class.getName() + " play src/test/resources/sessions/tiny.json --device none",
        "echo \"exit=$?\"",
        "stty -a | grep -o -- '-\\?icanon' | head -n 1",
        "sleep 60", ""));
    tmux("new-session", "-d", "-s", TMUX_SESSION, "-x", "120", "-y", "40", "-c", Path.of("").toAbsolutePath().toString(), "sh " + script);

    awaitScreen("Keys: space pause");
    tmux("send-keys", "-t", TMUX_SESSION, "Space");
    awaitScreen("Paused.");
    tmux("send-keys", "-t", TMUX_SESSION, "Space");
    awaitScreen("Ready.");
    tmux("send-keys", "-t", TMUX_SESSION, "n");
    awaitScreen("Skipping to");
    tmux("send-keys", "-t", TMUX_SESSION, "q");
    String screen = awaitScreen("exit=");

    assertThat(screen).contains("Stopped", "exit=0");
    assertThat(screen.lines().filter(l -> l.equals("icanon")).count()).as("line mode is back after the run").isEqualTo(1);
    assertThat(screen).doesNotContain(" n\n", "q\n");
  }

  private static String awaitScreen(String text) throws Exception {
    String screen = "";
    for (int i = 0; i < 200; i++) {
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
