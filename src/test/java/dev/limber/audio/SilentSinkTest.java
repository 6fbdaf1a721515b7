package dev.limber.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SilentSinkTest {
  private long now;
  private long slept;
  private final SilentSink sink =
      new SilentSink(
          () -> now,
          nanos -> {
            now += nanos;
            slept += nanos;
          });
  private final short[] block = new short[320];

  private void writeSeconds(int seconds) {
    for (int i = 0; i < seconds * 50; i++) {
      sink.write(block, 320);
    }
  }

  @Test
  void takesAudioAtTheSpeedOfASoundCardWithoutDrift() {
    writeSeconds(60);

    assertThat(now).isEqualTo(60_000_000_000L);
  }

  @Test
  void afterTheWriterStoppedForAWhileItDoesNotRaceToCatchUp() {
    writeSeconds(1);
    now += 5_000_000_000L; // the engine waited five seconds, writing nothing
    slept = 0;

    writeSeconds(2);

    assertThat(slept)
        .as("two seconds of audio still take about two seconds")
        .isBetween(1_950_000_000L, 2_000_000_000L);
  }
}
