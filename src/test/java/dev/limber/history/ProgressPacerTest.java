package dev.limber.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressPacerTest {
  @Test
  void everyStepAndEvery15SecondsBetween() {
    ProgressPacer pacer = new ProgressPacer();
    List<String> written = new ArrayList<>();
    int[] steps = {0, 1, 1, 1, 1, 2, 2, 1};
    long[] seconds = {0, 3, 10, 17, 18, 20, 34, 36};
    for (int i = 0; i < steps.length; i++) {
      if (pacer.due(new RunProgress(seconds[i], steps[i]))) {
        written.add(seconds[i] + "s/" + steps[i]);
      }
    }
    // 17 s is not 15 s after 3 s; 18 s is; back to step 1 ("previous") is a change too
    assertThat(written).containsExactly("0s/0", "3s/1", "18s/1", "20s/2", "36s/1");
  }

  @Test
  void sha256OfTheSessionFile() {
    assertThat(RunStart.sha256("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
