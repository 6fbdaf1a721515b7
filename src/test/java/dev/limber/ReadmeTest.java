package dev.limber;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.engine.KeyTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README tells of the keys the program has: the table there is the key table, row for row. */
class ReadmeTest {
  @Test
  void theKeyTableInTheReadmeIsTheProgramsOwn() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("README.md"));
    List<String> rows =
        readme.stream()
            .dropWhile(l -> !l.equals("| key | does |"))
            .skip(2)
            .takeWhile(l -> l.startsWith("|"))
            .toList();

    assertThat(rows)
        .containsExactlyElementsOf(
            KeyTable.bindings().stream()
                .map(b -> "| `" + b.shown() + "` | " + b.words() + " |")
                .toList());
  }
}
