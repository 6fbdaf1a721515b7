package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.limber.session.Ambient;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VoiceOptionsTest {
  @TempDir Path home;

  private static VoiceOptions parse(String... args) {
    VoiceOptions options = new VoiceOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }

  @Test
  void volumeIsDecibelsAroundTheMasteredLevel() {
    assertThat(parse().voice().volume()).isEqualTo(1.0);
    assertThat(parse("--volume", "-6").voice().volume()).isCloseTo(0.501, within(0.001));
    assertThat(parse("--volume", "3").voice().volume()).isCloseTo(1.413, within(0.001));
  }

  @Test
  void ambientOverridesTheSessionsBedAndNoneSilencesIt() {
    assertThat(parse().timeline().ambient()).isEmpty();
    assertThat(parse("--ambient", "rain").timeline().ambient()).contains(Ambient.RAIN);
    assertThat(parse("--ambient", "none").timeline().ambient())
        .isEqualTo(Optional.of(Ambient.NONE));
  }

  @Test
  void aVolumeOutOfRangeOrAnUnknownBedIsAUsageError() {
    CliRun loud =
        CliRun.of(
            Map.of("LIMBER_HOME", home.toString()),
            "render",
            "desk-break",
            "-o",
            home.resolve("a.wav").toString(),
            "--volume",
            "9");
    CliRun bed =
        CliRun.of(
            Map.of("LIMBER_HOME", home.toString()),
            "render",
            "desk-break",
            "-o",
            home.resolve("a.wav").toString(),
            "--ambient",
            "music");

    assertThat(loud.status()).isEqualTo(64);
    assertThat(loud.err()).contains("volume must be from -40 to +3 dB, found 9.0");
    assertThat(bed.status()).isEqualTo(64);
    assertThat(bed.err()).contains("expected rain, waves, drone or none, found 'music'");
  }
}
