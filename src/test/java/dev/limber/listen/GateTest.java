package dev.limber.listen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The gate: what overlaps the program's own sound, widened by 0.3 s, is thrown away. */
class GateTest {
  private static final int S = Listening.SAMPLE_RATE;

  /** The program spoke from 10 s to 12 s. */
  private final Gate gate = new Gate((from, to) -> from < 12L * S && to > 10L * S);

  @Test
  void aCommandWellAfterTheProgramSpokePasses() {
    assertThat(gate.passes(13 * S, 14 * S)).isTrue();
    assertThat(gate.passes(5 * S, 6 * S)).isTrue();
  }

  @Test
  void aCommandOverTheProgramsVoiceOrInItsEchoIsThrownAway() {
    assertThat(gate.passes(11 * S, 12 * S)).isFalse();
    assertThat(gate.passes(12 * S + S / 5, 13 * S)).as("within 0.3 s after").isFalse();
    assertThat(gate.passes(9 * S, 10 * S - S / 5)).as("within 0.3 s before").isFalse();
    assertThat(gate.passes(12 * S + S * 4 / 10, 13 * S)).as("0.4 s after").isTrue();
  }

  @Test
  void onlyTheLastSecondAndAHalfOfALongRecognitionCounts() {
    // words said from 11 s to 14 s: their last 1.5 s start at 12.5 s, after the program's 12.3 s
    assertThat(gate.passes(11 * S, 14 * S)).isTrue();
    assertThat(gate.passes(11 * S, 13 * S + S / 2)).isFalse();
  }

  @Test
  void withoutOwnSoundEverythingPasses() {
    assertThat(new Gate(OwnSound.NONE).passes(0, 10 * S)).isTrue();
  }
}
