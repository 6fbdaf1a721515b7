package dev.limber.speech;

import static org.assertj.core.api.Assertions.assertThat;

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

  /** The diphones the voice chooses for {@code text}, one a half. */
  @SuppressWarnings("unchecked")
  private static List<String> units(String text) {
    KevinVoice voice = new KevinVoice();
    voice.allocate();
    try {
      voice.setAudioPlayer(new CapturingPlayer());
      List<String> names = new ArrayList<>();
      List<UtteranceProcessor> processors = voice.getUtteranceProcessors();
      int selector = indexOf(processors, ClusterUnitSelector.class);
      processors.add(
          selector + 1,
          u -> {
            for (Item i = u.getRelation("Unit").getHead(); i != null; i = i.getNext()) {
              names.add(i.getFeatures().getString("name"));
            }
          });
      assertThat(voice.speak(text)).isTrue();
      return names;
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
