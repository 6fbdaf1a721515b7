package dev.limber.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.audio.Pcm;
import dev.limber.session.Ambient;
import dev.limber.timeline.Bed;
import dev.limber.timeline.Event;
import dev.limber.timeline.Role;
import dev.limber.timeline.Timeline;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The ambient bed in the mix: on between cues, ducked under them, off when the timeline has none.
 */
class AmbientMixTest {
  private static final int S = Timeline.SAMPLE_RATE;

  /** A phrase from 10 s to 12 s and another from 20 s to 21 s of a 40 s timeline. */
  private static final List<Event> CUES =
      List.of(
          new Event.Say(10L * S, 12L * S, 0, "One.", 135, Role.INSTRUCTION),
          new Event.Say(20L * S, 21L * S, 0, "Two.", 135, Role.INSTRUCTION));

  private static final Clips SILENT_CLIPS =
      new Clips() {
        @Override
        public Pcm of(Event e) {
          return new Pcm(new short[(int) e.frames()]);
        }

        @Override
        public boolean mastered() {
          return true;
        }
      };

  private static short[] mix(Timeline t, Mixer mixer) {
    return mixInBlocksOf(Mixer.BLOCK, t, mixer);
  }

  /** The same mix in blocks of another length, as after a seek or a resume. */
  private static short[] mixInBlocksOf(int size, Timeline t, Mixer mixer) {
    short[] out = new short[(int) t.length()];
    short[] block = new short[size];
    for (int at = 0; at < out.length; at += size) {
      int frames = Math.min(size, out.length - at);
      mixer.mix(at, block, frames, 1.0);
      System.arraycopy(block, 0, out, at, frames);
    }
    return out;
  }

  private static Timeline timeline(Optional<Bed> bed) {
    return new Timeline(S, CUES, 40L * S, bed);
  }

  private static double rmsDb(short[] s, long from, long to) {
    double sum = 0;
    for (long f = from; f < to; f++) {
      sum += (double) s[(int) f] * s[(int) f];
    }
    return 10 * Math.log10(sum / (to - from) / 32768 / 32768);
  }

  @Test
  void theBedSoundsBetweenCuesAndStepsAtLeast15DbAsideWhileAPhraseSounds() {
    Timeline t = timeline(Optional.of(new Bed(Ambient.RAIN, 0)));
    short[] out = mix(t, new Mixer(t, SILENT_CLIPS));

    double between = rmsDb(out, 5L * S, 9L * S);
    double under = rmsDb(out, 10L * S, 12L * S);
    assertThat(between).as("energy between cues").isGreaterThan(-50);
    assertThat(between - under).as("ducked under the phrase").isGreaterThanOrEqualTo(15);
    // the ramps finish before the phrase starts and begin after it ends: 150 ms either side
    assertThat(rmsDb(out, 10L * S - 4_000, 10L * S - 2_400)).isGreaterThan(under + 10);
    assertThat(rmsDb(out, 10L * S - 2_000, 10L * S)).isLessThan(between - 3);
  }

  @Test
  void theBedFadesInAndOutWithTheSession() {
    Timeline t = timeline(Optional.of(new Bed(Ambient.DRONE, 0)));
    short[] out = mix(t, new Mixer(t, SILENT_CLIPS));

    assertThat(out[0]).isZero();
    assertThat(out[out.length - 1]).isZero();
    assertThat(rmsDb(out, 0, S / 2)).isLessThan(rmsDb(out, 4L * S, 5L * S) - 10);
  }

  @Test
  void withoutABedEveryFrameBetweenCuesIsExactlyZero() {
    Timeline t = timeline(Optional.empty());
    Mixer mixer = new Mixer(t, SILENT_CLIPS);
    mixer.ambient(true);

    assertThat(mix(t, mixer)).containsOnly((short) 0);
    assertThat(mixer.hasAmbient()).isFalse();
  }

  @Test
  void switchingTheBedOffFadesItToExactlyZeroAndOnAgainBringsItBack() {
    Timeline t = timeline(Optional.of(new Bed(Ambient.WAVES, 8)));
    Mixer mixer = new Mixer(t, SILENT_CLIPS);
    short[] block = new short[Mixer.BLOCK];
    mixer.mix(5L * S, block, Mixer.BLOCK, 1.0);
    mixer.ambient(false);
    assertThat(mixer.ambientOn()).isFalse();
    for (int i = 0; i < 15; i++) { // 150 ms of fade
      mixer.mix(5L * S + (i + 1) * Mixer.BLOCK, block, Mixer.BLOCK, 1.0);
    }
    mixer.mix(6L * S, block, Mixer.BLOCK, 1.0);
    assertThat(block).containsOnly((short) 0);
    mixer.ambient(true);
    for (int i = 0; i < 16; i++) {
      mixer.mix(7L * S + i * Mixer.BLOCK, block, Mixer.BLOCK, 1.0);
    }
    assertThat(block).isNotEqualTo(new short[Mixer.BLOCK]);
  }

  @Test
  void mixingTwiceGivesTheSameSamples() {
    Timeline t = timeline(Optional.of(new Bed(Ambient.WAVES, 12)));
    assertThat(mix(t, new Mixer(t, SILENT_CLIPS))).isEqualTo(mix(t, new Mixer(t, SILENT_CLIPS)));
  }

  @Test
  void wavesRiseOnEachBreathInAndFallOnEachBreathOutOfAPacedHold() {
    // no cue at all, so nothing ducks: a hold from 8 s to 38 s breathing 4 in, 2 held, 6 out,
    // placed so that the loop's own 12 s swell is at its trough where the breath is held at the top
    Bed.Breaths hold = new Bed.Breaths(8L * S, 38L * S, 4, 2, 6);
    Timeline t =
        new Timeline(S, List.of(), 40L * S, Optional.of(new Bed(Ambient.WAVES, 12, List.of(hold))));
    short[] out = mix(t, new Mixer(t, SILENT_CLIPS));

    // breaths start at 8 s: in 8-12, held 12-14, out 14-20; then in 20-24, held 24-26, out 26-32
    for (long breath = 20; breath <= 32; breath += 12) {
      double crest = rmsDb(out, (breath + 4) * S, (breath + 6) * S - S / 2); // held at the top
      double trough = rmsDb(out, (breath - 1) * S, breath * S); // the end of the breath out
      assertThat(crest - trough)
          .as("crest over trough of the breath at " + breath + " s")
          .isGreaterThan(6);
    }
    // and the same bytes on every mix, wherever its blocks begin
    assertThat(mix(t, new Mixer(t, SILENT_CLIPS))).isEqualTo(out);
    assertThat(mixInBlocksOf(97, t, new Mixer(t, SILENT_CLIPS))).isEqualTo(out);
    // away from the hold the bed is its loop, sample for sample
    Timeline plain = new Timeline(S, List.of(), 40L * S, Optional.of(new Bed(Ambient.WAVES, 12)));
    short[] loopOnly = mix(plain, new Mixer(plain, SILENT_CLIPS));
    assertThat(Arrays.copyOfRange(out, 4 * S, 7 * S))
        .isEqualTo(Arrays.copyOfRange(loopOnly, 4 * S, 7 * S));
  }

  @Test
  void wavesThatFollowBreathingChangeNoSampleByAJump() {
    Bed.Breaths hold = new Bed.Breaths(5L * S, 29L * S, 4, 0, 6);
    Timeline t =
        new Timeline(S, List.of(), 40L * S, Optional.of(new Bed(Ambient.WAVES, 10, List.of(hold))));
    short[] out = mix(t, new Mixer(t, SILENT_CLIPS));
    int[] steps = new int[out.length - 1];
    for (int i = 0; i + 1 < out.length; i++) {
      steps[i] = Math.abs(out[i + 1] - out[i]);
    }
    int largest = java.util.Arrays.stream(steps).max().orElseThrow();
    java.util.Arrays.sort(steps);
    // the edges of the hold (5 s, 29 s) cross-fade: no step stands out from the noise itself
    assertThat(largest).isLessThanOrEqualTo(2 * steps[(int) (steps.length * 0.9999)] + 2);
  }
}
