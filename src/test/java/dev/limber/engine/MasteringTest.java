package dev.limber.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.limber.audio.Levels;
import dev.limber.audio.Loudness;
import dev.limber.audio.Pcm;
import dev.limber.timeline.Event;
import dev.limber.timeline.Role;
import dev.limber.timeline.Timeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MasteringTest {
  private static final int S = Timeline.SAMPLE_RATE;

  private static Pcm tone(double amplitude, int frames) {
    short[] s = new short[frames];
    for (int i = 0; i < frames; i++) {
      s[i] =
          (short)
              Math.round(
                  amplitude
                      * 32767
                      * Math.sin(2 * Math.PI * 997 * i / S)
                      * Math.min(1, Math.min(i, frames - 1 - i) / 80.0));
    }
    return new Pcm(s);
  }

  /** Short words, soft ones and a loud one, far apart: what a breathing session looks like. */
  private static Timeline sparse(List<Event> events) {
    events.add(new Event.Sound(4_800, 4_800 + S, -1, "chime.wav", Role.CHIME));
    for (int i = 0; i < 30; i++) {
      long at = (long) (3 + i * 4) * S;
      events.add(new Event.Say(at, at + S / 2, 0, i % 7 == 0 ? "loud" : "soft", 135, Role.COUNT));
    }
    return new Timeline(S, events, 125L * S);
  }

  /** Quiet words, some with a peak that the plan's gain would push over the ceiling. */
  private static final Clips CLIPS =
      e -> {
        if (e instanceof Event.Sound) {
          return tone(0.2, (int) e.frames());
        }
        Pcm word = tone(0.15, (int) e.frames());
        if (e.text().equals("loud")) {
          word.samples()[2_000] = (short) (0.75 * 32767);
        }
        return word;
      };

  private static short[] mix(Timeline t, Clips clips) {
    Mixer mixer = new Mixer(t, clips);
    short[] out = new short[(int) t.length()];
    short[] block = new short[Mixer.BLOCK];
    for (int at = 0; at < out.length; at += Mixer.BLOCK) {
      int frames = Math.min(Mixer.BLOCK, out.length - at);
      mixer.mix(at, block, frames, 1.0);
      System.arraycopy(block, 0, out, at, frames);
    }
    return out;
  }

  @Test
  void aSessionIsMasteredToMinus16LufsUnderTheCeilingAndTheOpeningChimeIsLeftAlone() {
    Timeline t = sparse(new ArrayList<>());
    Program program = new Program(FakeProgram.session(), t, CLIPS, text -> tone(0.15, S), 135);

    short[] before = mix(t, CLIPS);
    short[] after = mix(t, program.clips());
    assertThat(Loudness.integrated(before)).as("unmastered").isLessThan(Levels.MASTER - 3);
    assertThat(Loudness.truePeak(before) + Levels.MASTER - Loudness.integrated(before))
        .as("the gain alone would clip")
        .isGreaterThan(Levels.CLIP_CEILING);
    assertThat(Loudness.integrated(after)).isCloseTo(Levels.MASTER, within(0.3));
    assertThat(Loudness.truePeak(after)).isLessThanOrEqualTo(Levels.CLIP_CEILING);
    Event chime = t.events().get(0);
    assertThat(program.clips().of(chime).samples()).isEqualTo(CLIPS.of(chime).samples());
    assertThat(program.clips().mastered()).isTrue();
    // an acknowledgement gets the same gain as the session's speech
    double soft = Loudness.integrated(program.clips().of(t.says().get(1)).samples());
    assertThat(
            Loudness.integrated(program.phrases().say("Paused.").samples())
                - Loudness.integrated(tone(0.15, S).samples()))
        .isCloseTo(soft - Loudness.integrated(CLIPS.of(t.says().get(1)).samples()), within(0.1));
  }

  @Test
  void theMeterOfThePlanAgreesWithMeasuringTheMix() {
    Timeline t = sparse(new ArrayList<>());
    dev.limber.audio.MixMeter meter = new dev.limber.audio.MixMeter(t.length());
    t.events().forEach(e -> meter.add(e.start(), CLIPS.of(e).samples(), 1));
    assertThat(meter.integrated()).isCloseTo(Loudness.integrated(mix(t, CLIPS)), within(0.05));
  }

  @Test
  void aClipThePlanOnlyScalesReachesTheMixerAsItIsAndMixesAsItsScaledCopyWould() {
    Timeline t = sparse(new ArrayList<>());
    Map<Event, Pcm> made = new HashMap<>();
    Clips library = e -> made.computeIfAbsent(e, CLIPS::of); // one clip per event, as a library
    Mastering plan = Mastering.of(t, library);
    Event soft = t.events().stream().filter(e -> e.text().equals("soft")).findFirst().orElseThrow();
    Event loud = t.events().stream().filter(e -> e.text().equals("loud")).findFirst().orElseThrow();

    assertThat(plan.gainDb()).isPositive();
    assertThat(plan.unscaled(soft))
        .as("no copy of a clip that only needs the gain")
        .isSameAs(library.of(soft));
    assertThat(plan.gain(soft)).isCloseTo(Loudness.gain(plan.gainDb()), within(1e-9));
    assertThat(plan.unscaled(loud)).as("a limited copy").isNotSameAs(library.of(loud));
    assertThat(plan.gain(loud)).isEqualTo(1);

    Clips copies =
        new Clips() {
          @Override
          public Pcm of(Event e) {
            return plan.of(e);
          }

          @Override
          public boolean mastered() {
            return true;
          }
        };
    short[] mixed = mix(t, plan);
    short[] fromCopies = mix(t, copies);
    for (int i = 0; i < mixed.length; i++) {
      assertThat(Math.abs(mixed[i] - fromCopies[i])).as("frame " + i).isLessThanOrEqualTo(1);
    }
  }
}
