package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion log as a user meets it: play a session, then ask {@code limber history}. */
class RecordedPlayIT {
  private static final String TINY = "src/test/resources/sessions/tiny.json";

  @TempDir Path home;

  private ProcessBuilder play(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "play"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("LIMBER_HOME", home.toString());
    Path alsa = home.resolve("empty-alsa.conf");
    if (!Files.exists(alsa)) {
      Files.createFile(alsa);
    }
    builder
        .environment()
        .put("ALSA_CONFIG_PATH", alsa.toString()); // no sound card: captions on the clock
    return builder;
  }

  private String history() {
    CliRun run = CliRun.of(Map.of("LIMBER_HOME", home.toString()), "history", "--json");
    assertThat(run.status()).as(run.err()).isZero();
    return run.out();
  }

  @Test
  void aRunQuitWithAKeyIsRecordedWithItsOutcomeAndPain() throws Exception {
    Process p = play(TINY, "--plain", "--pain-before", "4").start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    for (String line = ""; line != null && !line.startsWith("Step 2 of 3"); ) {
      line = out.readLine();
    }
    p.getOutputStream().write('q');
    p.getOutputStream().flush();
    out.lines().forEach(line -> {});
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();

    String json = history();
    assertThat(json)
        .contains("\"session\" : \"tiny\"")
        .contains("\"outcome\" : \"quit\"")
        .contains("\"painBefore\" : 4")
        .contains("\"origin\" : \"plain\"");
  }

  @Test
  void withRatePainTheVoiceAsksBeforeAndAfterAndOneKeyAnswers() throws Exception {
    Process p = play(TINY, "--plain", "--rate-pain").start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    java.io.OutputStream keys = p.getOutputStream();
    List<String> seen = new ArrayList<>();
    for (String line = ""; line != null && !line.startsWith("How is your back,"); ) {
      seen.add(line = out.readLine());
    }
    keys.write('7');
    keys.flush();
    for (String line = ""; line != null && !line.startsWith("Step 1 of 3"); ) {
      seen.add(line = out.readLine());
    }
    keys.write('q');
    keys.flush();
    for (String line = ""; line != null && !line.startsWith("How is your back now"); ) {
      seen.add(line = out.readLine());
    }
    keys.write('t');
    keys.flush();
    out.lines().forEach(seen::add);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(seen).contains("Noted: 7.", "Noted: 10.");
    String json = history();
    assertThat(json).contains("\"painBefore\" : 7").contains("\"painAfter\" : 10");
  }

  @Test
  void aPlayerKilledMidSessionLeavesARunShownAsInterruptedWithHowFarItGot() throws Exception {
    Process p = play(TINY, "--plain").start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    for (String line = ""; line != null && !line.startsWith("Step 2 of 3"); ) {
      line = out.readLine();
    }
    Thread.sleep(1_000); // the progress of step 2 reaches the disk on the log's own thread
    p.destroyForcibly(); // kill -9: no shutdown hook, no end written
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

    String json = history();
    assertThat(json).contains("\"outcome\" : \"interrupted\"").contains("\"stepReached\" : 2");
  }
}
