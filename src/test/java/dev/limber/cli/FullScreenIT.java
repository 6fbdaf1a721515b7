package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full screen end to end in a real terminal: tmux runs Limber in an 80x24 pane with no sound
 * card, keys are typed with send-keys and the screen read with capture-pane; afterwards the pane's
 * shell shows the exit status and whether the terminal is back in line mode with echo.
 */
class FullScreenIT {
  /**
   * A colour escape (foreground, background, bright or 256/RGB); the default-colour resets 39 and
   * 49 are not colours.
   */
  private static final Pattern COLOUR =
      Pattern.compile("\u001b\\[[0-9;]*?(?<![0-9])(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]");

  @TempDir Path home;
  private Pane pane;

  @BeforeEach
  void sessions() throws IOException {
    Files.createDirectories(home.resolve("work/sessions"));
    Files.copy(
        Path.of("src/test/resources/sessions/one-long-step.json"),
        home.resolve("work/sessions/one-long-step.json"));
  }

  @AfterEach
  void closePane() throws Exception {
    if (pane != null) {
      pane.close();
    }
  }

  /**
   * Runs Limber with {@code args} (and {@code env}) in a fresh pane, from a folder whose ./sessions
   * holds one-long-step.
   */
  private void start(String env, String args) throws Exception {
    Path alsa = home.resolve("empty-alsa.conf");
    Files.writeString(alsa, "");
    Path script = home.resolve("run.sh");
    Files.writeString(
        script,
        String.join(
            "\n",
            "cd '" + home.resolve("work") + "'",
            "export LIMBER_HOME='" + home + "' ALSA_CONFIG_PATH='" + alsa + "' " + env,
            Pane.java() + " " + args,
            "echo \"exit=$?\"",
            "stty -a | tr ' ' '\\n' | grep -x -- '-\\?icanon'",
            "stty -a | tr ' ' '\\n' | grep -x -- '-\\?echo'",
            "sleep 60",
            ""));
    pane = Pane.open("limber-fs-it", 80, 24, home, "sh " + script);
  }

  @Test
  void pickFollowAHoldPauseResumeSkipResizeAndQuitAndTheTerminalIsAsItWas() throws Exception {
    start("", "");
    pane.await(
        s ->
            s.contains("choose a session")
                && s.contains("Lower back basics")
                && s.contains("Breathing and relaxation")
                && s.contains("NO SOUND: captions only")
                && s.contains("1  One long step"),
        "the picker with every session");
    pane.send("1");
    String hold =
        pane.await(
            s -> s.contains("Step 1 of 2: Knee hug") && s.lines().anyMatch(l -> l.equals("Hold")),
            "a hold");
    assertThat(hold)
        .contains(
            "NO SOUND: captions only", "seconds left", "Next: Rest", "Keys: space pause or resume")
        .contains("████");
    assertThat(pane.screenWithEscapes()).as("colours by default").containsPattern(COLOUR);

    pane.send("Space");
    pane.await("PAUSED, space to resume");
    pane.send("Space");
    pane.await(s -> !s.contains("PAUSED"), "the pause to end");
    pane.resize(40, 12);
    String small =
        pane.await(
            s -> s.lines().count() <= 12 && s.contains("Keys: ? help, q quit."),
            "the screen at 40x12");
    assertThat(small.lines())
        .allMatch(l -> l.length() <= 40)
        .anyMatch(l -> l.contains("Step 1 of 2: Knee hug"));
    pane.resize(80, 24);
    pane.send("n");
    pane.await("Step 2 of 2: Rest");
    pane.send("q");
    String end = pane.await("Enter: back to the sessions");
    assertThat(end).contains("Stopped at step 2 of 2, Rest", "Steps skipped: 1");
    pane.send("q");
    String after = awaitModes();

    assertThat(after).contains("exit=0", "Stopped at step 2 of 2");
    assertThat(after.lines()).contains("icanon", "echo");
    assertThat(Files.readString(home.resolve("config.json")))
        .contains("\"rate\" : 135", "\"theme\" : \"default\"");
  }

  @Test
  void withNoColorThereIsNoColourEscapeAtAll() throws Exception {
    start("NO_COLOR=1", "play one-long-step --theme high-contrast");
    pane.await("Step 1 of 2: Knee hug");
    String escapes = pane.screenWithEscapes();
    pane.send("q");
    pane.await("Enter: back to the sessions");
    pane.send("q");
    String after = awaitModes();

    assertThat(escapes).contains("Knee hug").doesNotContainPattern(COLOUR);
    assertThat(after).contains("exit=0");
  }

  @Test
  void ctrlCStopsTheRunWithStatus130AndGivesTheTerminalBack() throws Exception {
    start("", "play one-long-step");
    pane.await("Step 1 of 2: Knee hug");
    pane.send("C-c");
    String after = awaitModes();

    assertThat(after).contains("exit=130", "Stopped");
    assertThat(after.lines()).contains("icanon", "echo");
  }

  /**
   * Waits for the lines the pane's script prints after Limber: its status, then the terminal's
   * modes.
   */
  private String awaitModes() throws Exception {
    return pane.await(
        s -> s.contains("exit=") && s.lines().anyMatch(l -> l.matches("-?echo")),
        "the exit status and the terminal's modes");
  }

  @Test
  void ctrlZGivesTheShellItsTerminalAndFgTakesItBackWithSingleKeys() throws Exception {
    pane = Pane.shell("limber-fs-it", 80, 24, home.resolve("work"));
    Path limber = Pane.limber(home);
    pane.type(limber + " play one-long-step");
    pane.await("Step 1 of 2: Knee hug");
    pane.send("C-z");
    pane.await("Stopped");
    pane.type("stty -a | tr ' ' '\\n' | grep -x -- '-\\?icanon'");
    String stopped =
        pane.await(s -> s.lines().anyMatch(l -> l.equals("icanon")), "line mode while stopped");
    pane.type("fg");
    pane.await("Step 1 of 2: Knee hug");
    pane.send("Space");
    pane.await("PAUSED, space to resume");
    pane.send("q");
    pane.await("Enter: back to the sessions");
    pane.send("q");
    pane.await(
        s -> s.contains("played.") && s.stripTrailing().endsWith("$"), "the prompt after the run");
    pane.type("stty -a | tr ' ' '\\n' | grep -x -- '-\\?echo'");
    String after =
        pane.await(s -> s.lines().anyMatch(l -> l.matches("-?echo")), "the modes after the run");

    assertThat(stopped).doesNotContain("NO SOUND");
    assertThat(after.lines()).contains("echo");
  }
}
