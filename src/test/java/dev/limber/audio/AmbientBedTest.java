package dev.limber.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.limber.session.Ambient;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AmbientBedTest {
  @ParameterizedTest
  @EnumSource(
      value = Ambient.class,
      names = {"RAIN", "WAVES", "DRONE"})
  void eachBedLoopsWithoutASeam(Ambient sound) {
    short[] loop = AmbientBed.of(sound, 8).loop();
    int[] steps = new int[loop.length - 1];
    for (int i = 0; i + 1 < loop.length; i++) {
      steps[i] = Math.abs(loop[i + 1] - loop[i]);
    }
    Arrays.sort(steps);
    int typical = steps[(int) (steps.length * 0.999)];
    int seam = Math.abs(loop[0] - loop[loop.length - 1]);
    assertThat(seam).as("the step from the loop's end to its start").isLessThanOrEqualTo(typical);
    // and no change of level across the seam: the last and first half-seconds measure alike
    short[] across = new short[16_000];
    System.arraycopy(loop, loop.length - 8_000, across, 0, 8_000);
    System.arraycopy(loop, 0, across, 8_000, 8_000);
    assertThat(Loudness.integrated(Arrays.copyOfRange(across, 0, 8_000)))
        .isCloseTo(Loudness.integrated(Arrays.copyOfRange(across, 8_000, 16_000)), within(3.0));
  }

  @ParameterizedTest
  @EnumSource(
      value = Ambient.class,
      names = {"RAIN", "WAVES", "DRONE"})
  void eachBedSitsAtItsLevelWellUnderSpeech(Ambient sound) {
    short[] loop = AmbientBed.of(sound, 0).loop();
    assertThat(Loudness.integrated(loop)).isCloseTo(Levels.AMBIENT, within(0.5));
    assertThat(Levels.SPEECH - Levels.AMBIENT).isGreaterThanOrEqualTo(15);
    assertThat(Loudness.truePeak(loop)).isLessThan(Levels.CLIP_CEILING - 6);
  }

  @ParameterizedTest
  @EnumSource(
      value = Ambient.class,
      names = {"RAIN", "WAVES", "DRONE"})
  void theLoopRepeatsForEverAndWavesSwellWithTheBreath(Ambient sound) {
    AmbientBed bed = AmbientBed.of(sound, 12);
    int n = bed.loop().length;
    assertThat(bed.at(3L * n + 5)).isEqualTo(bed.loop()[5]);
    if (sound == Ambient.WAVES) {
      assertThat(n % (12 * Pcm.SAMPLE_RATE)).as("a whole number of swells").isZero();
      assertThat(AmbientBed.of(sound, 8).loop().length % (8 * Pcm.SAMPLE_RATE)).isZero();
    }
  }

  @org.junit.jupiter.api.Test
  void theBedsAreTheSameBytesOnEveryMachine() throws Exception {
    // StrictMath and a seeded java.util.Random are specified bit for bit; these digests pin them
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (Ambient sound : new Ambient[] {Ambient.RAIN, Ambient.WAVES, Ambient.DRONE}) {
      short[] loop = AmbientBed.of(sound, 8).loop();
      ByteBuffer bytes = ByteBuffer.allocate(loop.length * 2);
      bytes.asShortBuffer().put(loop);
      sha.update(bytes.array());
    }
    assertThat(HexFormat.of().formatHex(sha.digest()).substring(0, 16)).isEqualTo(BEDS_DIGEST);
  }

  private static final String BEDS_DIGEST = "105acd91e4d9e191";
}
