package dev.limber;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pure core imports no device, terminal, speech engine or file system, and never reads the clock. */
class ArchitectureTest {
  private static final List<String> FORBIDDEN = List.of(
      "import javax.sound", "import com.googlecode.lanterna", "import com.sun.speech", "import java.nio.file",
      "import java.io.File", "System.currentTimeMillis", "System.nanoTime", "Instant.now", "Thread.sleep");

  @ParameterizedTest
  @ValueSource(strings = {"session", "timeline"})
  void corePackagesStayPure(String pkg) throws IOException {
    Path folder = Path.of("src/main/java/dev/limber", pkg);
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        assertThat(FORBIDDEN).as(file.toString()).noneMatch(source::contains);
      }
    }
  }
}
