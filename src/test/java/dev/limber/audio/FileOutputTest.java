package dev.limber.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOutputTest {
  @TempDir Path dir;

  @Test
  void aFileAppearsOnlyWhenCommittedAndAFailureKeepsTheOldOne() throws IOException {
    Path file = dir.resolve("out.wav");
    Files.writeString(file, "old");

    try (FileOutput out = FileOutput.open(file)) {
      out.stream().write("half".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(Files.readString(file)).isEqualTo("old");

    try (FileOutput out = FileOutput.open(file)) {
      out.stream().write("new".getBytes(StandardCharsets.US_ASCII));
      out.commit();
    }
    assertThat(Files.readString(file)).isEqualTo("new");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aNamedPipeIsWrittenIntoNotReplaced() throws Exception {
    Path fifo = dir.resolve("pipe");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    CompletableFuture<byte[]> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readAllBytes(fifo);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });

    try (FileOutput out = FileOutput.open(fifo)) {
      out.stream().write("wav".getBytes(StandardCharsets.US_ASCII));
      out.commit();
    }

    assertThat(reader.get()).asString(StandardCharsets.US_ASCII).isEqualTo("wav");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
  }

  @Test
  void aLinkPlantedAtTheOldPredictableNameIsNeverFollowed() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim"), "precious");
    Path file = dir.resolve("out.wav");
    // the name every earlier version wrote to first, for this process and thread
    Files.createSymbolicLink(
        dir.resolve(
            ".out.wav.part-"
                + ProcessHandle.current().pid()
                + "-"
                + Thread.currentThread().getId()),
        victim);

    write(FileOutput.open(file), "new");

    assertThat(victim).hasContent("precious");
    assertThat(file).hasContent("new");
  }

  @Test
  void aTemporaryNameAlreadyTakenByALinkIsSkippedNeverOpened() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim"), "precious");
    Path file = dir.resolve("out.wav");
    Path planted = Files.createSymbolicLink(dir.resolve(".out.wav.first.tmp"), victim);
    Path dangling =
        Files.createSymbolicLink(
            dir.resolve(".out.wav.second.tmp"), dir.resolve("created-through-the-link"));
    Iterator<String> names = List.of("first", "second", "third").iterator();

    write(FileOutput.open(file, names::next), "new");

    assertThat(victim).hasContent("precious");
    assertThat(dir.resolve("created-through-the-link"))
        .as("O_EXCL fails on a dangling link too")
        .doesNotExist();
    assertThat(Files.isSymbolicLink(planted) && Files.isSymbolicLink(dangling)).isTrue();
    assertThat(file).hasContent("new");
    assertThat(dir.resolve(".out.wav.third.tmp"))
        .as("the temporary file that was used is gone")
        .doesNotExist();
  }

  @Test
  void aLinkedOutputIsWrittenThroughToItsTargetAndStaysALink() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path target = Files.writeString(real.resolve("target.wav"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("out.wav"), Path.of("real/target.wav"));

    write(FileOutput.open(link), "new");

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(target).hasContent("new");
    assertThat(real.toFile().list())
        .as("the temporary file was beside the real target")
        .containsExactly("target.wav");
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("real", "out.wav");
  }

  @Test
  void aReplacedFileKeepsItsModeAndANewFileGetsTheUsualOne() throws IOException {
    Path kept = Files.writeString(dir.resolve("kept.wav"), "old");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
    Path usual = Files.createFile(dir.resolve("made-by-hand"));

    write(FileOutput.open(kept), "new");
    write(FileOutput.open(dir.resolve("fresh.wav")), "new");

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
        .isEqualTo("rw-r-----");
    assertThat(Files.getPosixFilePermissions(dir.resolve("fresh.wav")))
        .as("the umask's mode, not 0600")
        .isEqualTo(Files.getPosixFilePermissions(usual));
  }

  @Test
  void replacingOurOwnFileReplacesALinkAtTheNameInsteadOfFollowingIt() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim"), "precious");
    Path clip = Files.createSymbolicLink(dir.resolve("clip.pcm"), victim);

    write(FileOutput.replace(clip), "clip");

    assertThat(victim).hasContent("precious");
    assertThat(Files.isRegularFile(clip, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(clip).hasContent("clip");
  }

  @Test
  void aDeviceThatFailsAWriteFailsTheCommit() throws IOException {
    FileOutput full = FileOutput.open(Path.of("/dev/full"));
    full.stream()
        .write(new byte[1000]); // still in the buffer: the failure shows when it is flushed

    assertThatThrownBy(full::commit)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("No space left on device");
  }

  @Test
  void aRenameThatFailsLeavesNoTemporaryFileAndAFolderIsNeverAnOutput() throws IOException {
    Path busy = Files.createDirectories(dir.resolve("busy.pcm"));
    Files.writeString(busy.resolve("inside"), "x");
    FileOutput out = FileOutput.replace(busy);
    out.stream().write(1);

    assertThatThrownBy(out::commit).isInstanceOf(IOException.class);
    assertThat(dir.toFile().list()).containsExactly("busy.pcm");
    assertThatThrownBy(() -> FileOutput.open(busy)).hasMessage("is a folder, not a file");
  }

  private static void write(FileOutput output, String text) throws IOException {
    try (output) {
      output.stream().write(text.getBytes(StandardCharsets.US_ASCII));
      output.commit();
    }
  }
}
