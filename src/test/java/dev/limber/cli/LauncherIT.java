package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code limber} launcher as a user first meets it: a copy of the project, started through a
 * symbolic link on PATH, under the C locale. The first run builds the jar.
 */
class LauncherIT {
  private static final String BUILDING = "limber: building ";

  @TempDir static Path dir;
  static Path repo;
  static Path bin;
  static Run firstRun;

  record Run(int status, String out, String err) {}

  @BeforeAll
  static void copyTheProjectAndRunItOnce() throws Exception {
    repo = Files.createDirectories(dir.resolve("project")).toRealPath();
    for (String part : List.of("pom.xml", "limber", "src/main", "sessions", "audio", "docs")) {
      copy(Path.of(part), repo.resolve(part));
    }
    bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("limber"), repo.resolve("limber"));
    firstRun = run(dir, "limber", "--version");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(f, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  /**
   * A shell's environment in the C locale: PATH with the link first, HOME for Maven's repository,
   * nothing else.
   */
  private static ProcessBuilder shell(Path workingDir, String... command) {
    // the shell looks the command up on the new PATH, as a user's shell would
    List<String> line = new java.util.ArrayList<>(List.of("sh", "-c", "exec \"$@\"", "sh"));
    line.addAll(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(line).directory(workingDir.toFile());
    Map<String, String> env = builder.environment();
    String path = System.getenv("PATH");
    env.clear();
    env.putAll(
        Map.of(
            "PATH",
            bin + ":" + Path.of(System.getProperty("java.home"), "bin") + ":" + path,
            "HOME",
            System.getProperty("user.home"),
            "LANG",
            "C",
            "LC_ALL",
            "C",
            "LIMBER_HOME",
            dir.resolve("home").toString()));
    return builder;
  }

  private static Run run(Path workingDir, String... command) throws Exception {
    Process p = shell(workingDir, command).start();
    p.getOutputStream().close();
    CompletableFuture<String> err = drain(p.getErrorStream());
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, err.get());
  }

  private static CompletableFuture<String> drain(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @Test
  void throughASymlinkTheFirstRunBuildsWithOneLineAndNoEscapeCodes() {
    assertThat(firstRun.status()).as(firstRun.err()).isZero();
    assertThat(firstRun.out()).startsWith("limber ");
    assertThat(firstRun.err())
        .isEqualTo(
            BUILDING + repo.resolve("target/limber.jar") + " (first run or sources changed)...\n");
    assertThat(repo.resolve("target/limber.jar")).exists();
  }

  @Test
  void nonAsciiPathsWorkUnderTheCLocale() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("séance"));
    Files.copy(Path.of("src/test/resources/sessions/tiny.json"), folder.resolve("étirement.json"));

    Run validate = run(folder, "limber", "validate", "étirement.json");
    Run render =
        run(folder, "limber", "render", folder.resolve("étirement.json").toString(), "-o", "ø.wav");

    assertThat(validate.err()).isEmpty();
    assertThat(validate.out()).isEqualTo("étirement.json: ok: tiny, 3 steps\n");
    assertThat(render.status()).as(render.err()).isZero();
    assertThat(folder.resolve("ø.wav")).isNotEmptyFile();
  }

  @Test
  void sigquitNeverPutsAThreadDumpIntoAWavOnStandardOutput() throws Exception {
    byte[] expected =
        CliRun.of(
                Map.of("LIMBER_HOME", dir.resolve("home").toString()),
                "render",
                "desk-break",
                "-o",
                "-")
            .stdout();
    Process p = shell(dir, "limber", "render", "desk-break", "-o", "-").start();
    StringBuilder err = new StringBuilder();
    CompletableFuture<Void> errors =
        CompletableFuture.runAsync(
            () -> {
              try (InputStream in = p.getErrorStream()) {
                for (int c; (c = in.read()) >= 0; ) {
                  synchronized (err) {
                    err.append((char) c);
                  }
                }
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    InputStream wav = p.getInputStream();
    byte[] header =
        wav.readNBytes(44); // nobody reads on for now: the render waits on a full pipe, mid-WAV

    new ProcessBuilder("kill", "-QUIT", Long.toString(p.pid())).start().waitFor();
    for (int i = 0; i < 600 && !contains(err, "Full thread dump"); i++) {
      Thread.sleep(100);
    }
    byte[] rest = wav.readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    errors.get();

    assertThat(contains(err, "Full thread dump")).as("the dump went to standard error").isTrue();
    assertThat(p.exitValue()).isZero();
    byte[] all = new byte[header.length + rest.length];
    System.arraycopy(header, 0, all, 0, header.length);
    System.arraycopy(rest, 0, all, header.length, rest.length);
    assertThat(all).as("exactly the WAV, nothing else").isEqualTo(expected);
  }

  @Test
  void ctrlCStillStopsPlaybackCleanly() throws Exception {
    // an empty ALSA configuration: no sound card, so the run plays on the clock with captions
    Path alsa = Files.writeString(dir.resolve("empty-alsa.conf"), "");
    ProcessBuilder builder =
        shell(
            dir, "limber", "play", repo.resolve("sessions/desk-break.json").toString(), "--plain");
    builder.environment().put("ALSA_CONFIG_PATH", alsa.toString());
    Process p = builder.start();
    p.getOutputStream().close();
    CompletableFuture<String> errors = drain(p.getErrorStream());
    InputStream out = p.getInputStream();
    StringBuilder seen = new StringBuilder();
    while (!seen.toString().contains("Step 1 of")) {
      int c = out.read();
      assertThat(c).as("playback starts").isNotNegative();
      seen.append((char) c);
    }

    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
    seen.append(new String(out.readAllBytes(), StandardCharsets.UTF_8));
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(errors.get()).isEqualTo(130);
    assertThat(seen.toString()).as("the player's own handler stopped it").contains("Stopped");
  }

  private static boolean contains(StringBuilder text, String part) {
    synchronized (text) {
      return text.indexOf(part) >= 0;
    }
  }
}
