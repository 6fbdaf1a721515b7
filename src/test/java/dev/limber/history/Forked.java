package dev.limber.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link RecordRuns} in a JVM of its own, and reads what it printed. */
final class Forked {
  private Forked() {}

  static Process recordRuns(Path db, Path cache, String... args) throws IOException {
    return recordRuns(List.of(), db, cache, args);
  }

  static Process recordRuns(List<String> jvmOptions, Path db, Path cache, String... args)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            RecordRuns.class.getName(),
            db.toString(),
            cache.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  /** Waits for the process and returns its standard error, without SLF4J's notes about itself. */
  static String errors(Process p, long seconds) throws Exception {
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("still running after " + seconds + " s");
    }
    return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
        .lines()
        .filter(l -> !l.startsWith("SLF4J"))
        .reduce("", (a, b) -> a + b + "\n");
  }

  /** Runs a system command as root (mount, chattr) and fails with its output when it fails. */
  static void system(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new AssertionError(
          String.join(" ", command) + " failed (this test needs root, as CI runs): " + out.strip());
    }
  }
}
