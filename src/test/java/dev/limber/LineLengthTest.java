package dev.limber;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The formatter wraps code at 100 columns but not strings: no line of the tree is over 120. */
class LineLengthTest {
  private static final int MOST = 120;

  @Test
  void noLineIsLongerThan120Columns() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src"))) {
      List<String> tooLong =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .flatMap(LineLengthTest::longLines)
              .toList();
      assertThat(tooLong).isEmpty();
    }
  }

  private static Stream<String> longLines(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return java.util.stream.IntStream.range(0, lines.size())
          .filter(i -> lines.get(i).codePointCount(0, lines.get(i).length()) > MOST)
          .mapToObj(i -> file + ":" + (i + 1));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
