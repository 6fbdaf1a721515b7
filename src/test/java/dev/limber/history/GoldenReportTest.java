package dev.limber.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report and both exports of {@link Fixture}'s runs, compared with the files in {@code
 * golden/history/}. Run with {@code -Dgolden.update=true} to rewrite them after an intended change,
 * then read the diff.
 */
class GoldenReportTest {
  static Stream<Arguments> outputs() {
    return Stream.of(
        Arguments.of(
            "report.txt", (Supplier<String>) () -> lines(new HistoryReport(10, true, false))),
        Arguments.of(
            "report-plain.txt", (Supplier<String>) () -> lines(new HistoryReport(5, true, true))),
        Arguments.of(
            "report-no-streaks.txt",
            (Supplier<String>) () -> lines(new HistoryReport(3, false, false))),
        Arguments.of("runs.json", (Supplier<String>) () -> Exports.json(Fixture.runs())),
        Arguments.of("runs.csv", (Supplier<String>) () -> Exports.csv(Fixture.runs())));
  }

  private static String lines(HistoryReport report) {
    return String.join("\n", report.render(Fixture.runs(), Fixture.NOW)) + "\n";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void matchesItsGoldenFile(String name, Supplier<String> output) throws Exception {
    String actual = output.get();
    Path golden = Path.of("src/test/resources/golden/history", name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual);
    }
    assertThat(actual).isEqualTo(Files.readString(golden));
  }
}
