package dev.limber.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Bundled;
import dev.limber.session.Session;
import dev.limber.session.SessionParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled sessions compiled with fixed clip lengths, one event per line, compared with {@code
 * golden/ID.timeline.txt}. Run with {@code -Dgolden.update=true} to rewrite them after an intended
 * change, then read the diff.
 */
class GoldenTimelineTest {
  static Stream<String> ids() {
    return Bundled.SESSION_IDS.stream();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void bundledSessionTimelineMatchesItsGoldenFile(String id) throws Exception {
    Session session =
        new SessionParser(Bundled.SOUNDS)
            .parse(Files.readAllBytes(Path.of("sessions", id + ".json")), id);
    String actual =
        describe(
            TimelineCompiler.compile(session, TimelineSettings.DEFAULT, new FakeClipLengths()));
    Path golden = Path.of("src/test/resources/golden", id + ".timeline.txt");

    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual);
    }
    assertThat(actual).isEqualTo(Files.readString(golden));
  }

  static String describe(Timeline t) {
    return t.events().stream()
        .map(
            e ->
                String.format(
                    "%s %s  %-12s %2d  %s",
                    time(e.start()), time(e.end()), e.kind(), e.step(), e.text()))
        .collect(Collectors.joining("\n", "", "\nend " + time(t.length()) + "\n"));
  }

  private static String time(long frames) {
    long ms = frames * 1000 / Timeline.SAMPLE_RATE;
    return String.format("%3d:%02d.%03d", ms / 60_000, ms / 1000 % 60, ms % 1000);
  }
}
