package dev.limber.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.UtteranceProcessor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KevinVoiceIT {
  @Test
  void consonantsOfOneSyllableAreJoinedWithClusterDiphonesAndOthersWithPlainOnes() {
    assertThat(units("Stretch."))
        .containsExactly(
            "pau-s", "pau-s", "s_-_t", "s_-_t", "t_-_r", "t_-_r", "r-eh", "r-eh", "eh-ch", "eh-ch",
            "ch-pau", "ch-pau");
    // "s" ends "this" and "t" starts "time": two syllables, no cluster
    assertThat(units("This time.")).contains("s-t").doesNotContain("s_-_t");
  }

  @Test
  void segmentsLastAsLongAsFlite22MakesThem() {
    // flite -voice kal16 -psdur -t TEXT (its duration_stretch is 1.1), within a millisecond of
    // rounding; FreeTTS's own features gave the /k/ of "next" 174 ms and its /t/ 152
    assertSameDurations("Next:", "pau 220 n 68 eh 224 k 83 s 112 t 112 pau 220");
    // with FreeTTS's own lexicon "quiet" had no stressed vowel (its /k/ 98 ms, no accent), and
    // every "ah" was said as "aa"
    assertSameDurations(
        "Quiet rest.", "pau 220 k 146 w 35 ay 143 ax 42 t 72 r 59 eh 238 s 126 t 112 pau 220");
    assertSameDurations(
        "Hold for five, then come up.",
        "pau 220 hh 87 ow 157 l 75 d 35 f 97 ao 44 r 54 f 109 ay 225 v 76 pau 220"
            + " dh 32 eh 90 n 52 k 108 ah 85 m 116 ah 53 p 79 pau 220");
    assertSameDurations(
        "Keep your knees soft, then rest.",
        "pau 220 k 126 iy 130 p 109 y 78 ao 98 r 75 n 73 iy 213 z 93 s 115 aa 225 f 111 t 112 pau 220"
            + " dh 32 eh 90 n 57 r 60 eh 237 s 127 t 123 pau 220");
  }

  @Test
  void wordsAreSyllabifiedWithTheLongestOnsetAsFliteDoes() {
    // FreeTTS's sonority rule said "hams-tring" and "bas-ics"
    assertThat(syllables("Hamstring basics."))
        .containsExactly("hh ae m", "s t r ih ng", "b ey", "s ih k s");
  }

  /** The syllables of {@code text}, each its segments. */
  private static List<String> syllables(String text) {
    List<String> out = new ArrayList<>();
    speak(
        text,
        150f, // FreeTTS's own rate: these do not depend on it
        u -> {
          for (Item y = u.getRelation("Syllable").getHead(); y != null; y = y.getNext()) {
            List<String> segments = new ArrayList<>();
            for (Item g = y.getItemAs("SylStructure").getDaughter(); g != null; g = g.getNext()) {
              segments.add(g.getFeatures().getString("name"));
            }
            out.add(String.join(" ", segments));
          }
        });
    return out;
  }

  private static void assertSameDurations(String text, String flite) {
    String[] expected = flite.split(" ");
    List<String> actual = durations(text, 150f / 1.1f);
    assertThat(actual).as(text).hasSize(expected.length / 2);
    for (int i = 0; i < actual.size(); i++) {
      String[] segment = actual.get(i).split(" ");
      assertThat(segment[0]).as(text + ", segment " + i).isEqualTo(expected[2 * i]);
      assertThat(Integer.parseInt(segment[1]))
          .as(text + ", " + segment[0] + " at " + i + " (ms)")
          .isCloseTo(Integer.parseInt(expected[2 * i + 1]), within(1));
    }
  }

  /** Each segment the voice makes of {@code text} at {@code rate}, "name milliseconds". */
  private static List<String> durations(String text, float rate) {
    List<String> out = new ArrayList<>();
    speak(
        text,
        rate,
        u -> {
          float previous = 0;
          for (Item s = u.getRelation("Segment").getHead(); s != null; s = s.getNext()) {
            float end = s.getFeatures().getFloat("end");
            out.add(s.getFeatures().getString("name") + " " + Math.round((end - previous) * 1000));
            previous = end;
          }
        });
    return out;
  }

  /** The diphones the voice chooses for {@code text}, one a half. */
  private static List<String> units(String text) {
    List<String> names = new ArrayList<>();
    speak(
        text,
        150f, // FreeTTS's own rate: these do not depend on it
        u -> {
          for (Item i = u.getRelation("Unit").getHead(); i != null; i = i.getNext()) {
            names.add(i.getFeatures().getString("name"));
          }
        });
    return names;
  }

  /**
   * Says {@code text} with a fresh voice at FreeTTS's {@code rate}; {@code read} sees the result.
   */
  @SuppressWarnings("unchecked")
  private static void speak(String text, float rate, UtteranceProcessor read) {
    KevinVoice voice = new KevinVoice();
    voice.allocate();
    try {
      voice.setAudioPlayer(new CapturingPlayer());
      voice.setRate(rate);
      List<UtteranceProcessor> processors = voice.getUtteranceProcessors();
      // after the unit selector, which names the units, before anything turns them into sound
      processors.add(indexOf(processors, ClusterUnitSelector.class) + 1, read);
      assertThat(voice.speak(text)).isTrue();
    } finally {
      voice.deallocate();
    }
  }

  private static int indexOf(List<UtteranceProcessor> processors, Class<?> kind) {
    for (int i = 0; i < processors.size(); i++) {
      if (kind.isInstance(processors.get(i))) {
        return i;
      }
    }
    throw new AssertionError("no " + kind.getSimpleName() + " in " + processors);
  }
}
