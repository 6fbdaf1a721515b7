package dev.limber.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
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
}
