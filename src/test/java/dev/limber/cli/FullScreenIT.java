package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
  private static final String TMUX_SESSION = "limber-fs-it-" + ProcessHandle.current().pid();

  /**
   * A colour escape (foreground, background, bright or 256/RGB); the default-colour resets 39 and
   * 49 are not colours.
   */
  private static final Pattern COLOUR =
      Pattern.compile("\u001b\\[[0-9;]*?(?<![0-9])(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]");

  @TempDir Path home;

  @BeforeEach
  void sessions() throws IOException {
    Files.createDirectories(home.resolve("work/sessions"));
    Files.copy(
        Path.of("src/test/resources/sessions/one-long-step.json"),
        home.resolve("work/sessions/one-long-step.json"));
  }

  @AfterEach
  void killPane() throws Exception {
    tmux("kill-session", "-t", TMUX_SESSION);
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
            "'"
                + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -cp '"
                + System.getProperty("java.class.path")
                + "' "
                + Main.class.getName()
                + " "
                + args,
            "echo \"exit=$?\"",
            "stty -a | tr ' ' '\\n' | grep -x -- '-\\?icanon'",
            "stty -a | tr ' ' '\\n' | grep -x -- '-\\?echo'",
            "sleep 60",
            ""));
    tmux("new-session", "-d", "-s", TMUX_SESSION, "-x", "80", "-y", "24", "sh " + script);
  }

  @Test
  void pickFollowAHoldPauseResumeSkipResizeAndQuitAndTheTerminalIsAsItWas() throws Exception {
    start("", "");
    awaitScreen(
        s ->
            s.contains("choose a session")
                && s.contains("Lower back basics")
                && s.contains("Breathing and relaxation")
                && s.contains("NO SOUND: captions only")
                && s.contains("1  One long step"),
        "the picker with every session");
    send("1");
    String hold =
        awaitScreen(
            s -> s.contains("Step 1 of 2: Knee hug") && s.lines().anyMatch(l -> l.equals("Hold")),
            "a hold");
    assertThat(hold)
        .contains(
            "NO SOUND: captions only", "seconds left", "Next: Rest", "Keys: space pause or resume")
        .contains("████");
    assertThat(tmux("capture-pane", "-p", "-e", "-t", TMUX_SESSION))
        .as("colours by default")
        .containsPattern(COLOUR);

    send("Space");
    awaitScreen("PAUSED, space to resume");
    send("Space");
    awaitScreen(s -> !s.contains("PAUSED"), "the pause to end");
    tmux("resize-window", "-t", TMUX_SESSION, "-x", "40", "-y", "12");
    String small =
        awaitScreen(
            s -> s.lines().count() <= 12 && s.contains("Keys: ? help, q quit."),
            "the screen at 40x12");
    assertThat(small.lines())
        .allMatch(l -> l.length() <= 40)
        .anyMatch(l -> l.contains("Step 1 of 2: Knee hug"));
    tmux("resize-window", "-t", TMUX_SESSION, "-x", "80", "-y", "24");
    send("n");
    awaitScreen("Step 2 of 2: Rest");
    send("q");
    String end = awaitScreen("Enter: back to the sessions");
    assertThat(end).contains("Stopped at step 2 of 2, Rest", "Steps skipped: 1");
    send("q");
    String after = awaitModes();

    assertThat(after).contains("exit=0", "Stopped at step 2 of 2");
    assertThat(after.lines()).contains("icanon", "echo");
    assertThat(Files.readString(home.resolve("config.json")))
        .contains("\"rate\" : 135", "\"theme\" : \"default\"");
  }

  @Test
  void withNoColorThereIsNoColourEscapeAtAll() throws Exception {
    start("NO_COLOR=1", "play one-long-step --theme high-contrast");
    awaitScreen("Step 1 of 2: Knee hug");
    String escapes = tmux("capture-pane", "-p", "-e", "-t", TMUX_SESSION);
    send("q");
    awaitScreen("Enter: back to the sessions");
    send("q");
    String after = awaitModes();

    assertThat(escapes).contains("Knee hug").doesNotContainPattern(COLOUR);
    assertThat(after).contains("exit=0");
  }

  @Test
  void ctrlCStopsTheRunWithStatus130AndGivesTheTerminalBack() throws Exception {
    start("", "play one-long-step");
    awaitScreen("Step 1 of 2: Knee hug");
    send("C-c");
    String after = awaitModes();

    assertThat(after).contains("exit=130", "Stopped");
    assertThat(after.lines()).contains("icanon", "echo");
  }

  /**
   * Waits for the lines the pane's script prints after Limber: its status, then the terminal's
   * modes.
   */
  private static String awaitModes() throws Exception {
    return awaitScreen(
        s -> s.contains("exit=") && s.lines().anyMatch(l -> l.matches("-?echo")),
        "the exit status and the terminal's modes");
  }

  @Test
  void ctrlZGivesTheShellItsTerminalAndFgTakesItBackWithSingleKeys() throws Exception {
    tmux(
        "new-session",
        "-d",
        "-s",
        TMUX_SESSION,
        "-x",
        "80",
        "-y",
        "24",
        "-c",
        home.resolve("work").toString(),
        "env PS1='$ ' bash --norc --noprofile -i");
    awaitScreen("$");
    Path alsa = Files.writeString(home.resolve("empty-alsa.conf"), "");
    Path limber = home.resolve("limber");
    Files.writeString(
        limber,
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
    limber.toFile().setExecutable(true);
    type(limber + " play one-long-step");
    awaitScreen("Step 1 of 2: Knee hug");
    send("C-z");
    awaitScreen("Stopped");
    type("stty -a | tr ' ' '\\n' | grep -x -- '-\\?icanon'");
    String stopped =
        awaitScreen(s -> s.lines().anyMatch(l -> l.equals("icanon")), "line mode while stopped");
    type("fg");
    awaitScreen("Step 1 of 2: Knee hug");
    send("Space");
    awaitScreen("PAUSED, space to resume");
    send("q");
    awaitScreen("Enter: back to the sessions");
    send("q");
    awaitScreen(
        s -> s.contains("played.") && s.stripTrailing().endsWith("$"), "the prompt after the run");
    type("stty -a | tr ' ' '\\n' | grep -x -- '-\\?echo'");
    String after =
        awaitScreen(s -> s.lines().anyMatch(l -> l.matches("-?echo")), "the modes after the run");

    assertThat(stopped).doesNotContain("NO SOUND");
    assertThat(after.lines()).contains("echo");
  }

  /** Types a line into the pane's shell. */
  private static void type(String line) throws Exception {
    tmux("send-keys", "-t", TMUX_SESSION, "-l", line);
    tmux("send-keys", "-t", TMUX_SESSION, "Enter");
  }

  private static void send(String key) throws Exception {
    tmux("send-keys", "-t", TMUX_SESSION, key);
  }

  private static String awaitScreen(String text) throws Exception {
    return awaitScreen(s -> s.contains(text), "\"" + text + "\"");
  }

  /** Waits up to 30 s for the screen to pass {@code test}. */
  private static String awaitScreen(java.util.function.Predicate<String> test, String what)
      throws Exception {
    String screen = "";
    for (int i = 0; i < 300; i++) {
      screen = tmux("capture-pane", "-p", "-t", TMUX_SESSION);
      if (test.test(screen)) {
        return screen;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(what + " never appeared; the screen was:\n" + screen);
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
