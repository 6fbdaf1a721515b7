package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end in a real terminal: tmux runs {@code limber play} in a pane, keys are typed with
 * send-keys (one key each, no Enter), and the screen is read with capture-pane.
 */
class TerminalKeysIT {
  @TempDir Path home;
  private Pane pane;

  @AfterEach
  void closePane() throws Exception {
    if (pane != null) {
      pane.close();
    }
  }

  /** The command that runs Limber with {@code args}, with no sound card, its data kept in home. */
  private String limber(String args) throws IOException {
    return Pane.limber(home) + " " + args;
  }

  /**
   * A shell command that prints the status of the one before it; split so that typing it does not
   * show "exit=".
   */
  private static final String STATUS = "; echo \"ex\"\"it=$?\"";

  /** An interactive shell in a 120x40 pane, with job control, as a person has. */
  private void shell() throws Exception {
    pane = Pane.shell("limber-it", 120, 40, Path.of("").toAbsolutePath());
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
    pane = Pane.open("limber-it", 120, 40, Path.of("").toAbsolutePath(), "sh " + script);

    pane.await("Keys: space pause");
    pane.send("Space");
    pane.await("Paused.");
    pane.send("Space");
    pane.await("Resumed.");
    pane.send("n");
    pane.await("Skipping to");
    pane.send("q");
    pane.await("exit=");
    String screen = pane.await("icanon"); // the script's stty line comes just after

    assertThat(screen).contains("Stopped", "exit=0");
    assertThat(screen.lines().filter(l -> l.equals("icanon")).count())
        .as("line mode is back after the run")
        .isEqualTo(1);
    assertThat(screen).doesNotContain(" n\n", "q\n");
  }

  @Test
  void afterCtrlZAndFgSingleKeysWorkAgain() throws Exception {
    shell();
    pane.type(limber("play src/test/resources/sessions/tiny.json --plain"));
    pane.await("Keys: space pause");
    pane.send("C-z");
    pane.await("Stopped");
    pane.type("fg");
    Thread.sleep(500);
    pane.send("i");
    String screen = pane.await("left.");

    assertThat(screen)
        .as("i, without Enter, answered after fg")
        .containsPattern("(Step \\d of 3: \\w+\\.|The introduction\\.)");
    pane.send("q");
    pane.await("played.");
  }

  @Test
  void startedInTheBackgroundItPlaysToTheEndWithoutStopping() throws Exception {
    shell();
    pane.type(limber("play src/test/resources/sessions/tiny.json --plain") + " & wait $!" + STATUS);
    String screen = pane.await(s -> s.contains("exit="), "exit=", 600);

    assertThat(screen).contains("Done: Tiny", "exit=0").doesNotContain("Stopped");
  }

  @Test
  void withStandardInputClosedItPlaysToTheEnd() throws Exception {
    shell();
    pane.type(limber("play src/test/resources/sessions/tiny.json --plain") + " <&-" + STATUS);
    String screen = pane.await(s -> s.contains("exit="), "exit=", 600);

    assertThat(screen).contains("Done: Tiny", "exit=0");
  }
}
