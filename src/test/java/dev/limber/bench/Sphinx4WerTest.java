package dev.limber.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class Sphinx4WerTest {
  @Test
  void countsWordsAsWerPyDoes() {
    assertThat(Sphinx4Wer.words("Next: Knee-to-chest, 10 times."))
        .containsExactly("next", "knee", "to", "chest", "times");
    assertThat(Sphinx4Wer.words("")).isEmpty();
  }

  @Test
  void countsSubstitutionsInsertionsAndDeletions() {
    List<String> ref = List.of("hamstring", "stretch");
    assertThat(Sphinx4Wer.distance(ref, List.of("hamstring", "stretch"))).isZero();
    assertThat(Sphinx4Wer.distance(ref, List.of("i", "am", "spring", "stretch"))).isEqualTo(3);
    assertThat(Sphinx4Wer.distance(ref, List.of())).isEqualTo(2);
    assertThat(Sphinx4Wer.distance(List.of(), List.of("lion", "cub"))).isEqualTo(2);
  }

  @Test
  void tabulatesEachKindAndAll() {
    Sphinx4Wer.Tally tally = new Sphinx4Wer.Tally();
    tally.add("name", List.of("plank"), List.of("lion", "cub"));
    tally.add("preview", List.of("next", "plank"), List.of("next", "plank"));
    tally.add("name", List.of("cat", "and", "cow"), List.of("cat", "and", "cow"));
    assertThat(tally.table())
        .isEqualTo(
            """
            | kind | phrases words | WER |
            | --- | --- | --- |
            | name | 4 | 0.50 |
            | preview | 2 | 0.00 |
            | all | 6 | 0.33 |
            """);
  }
}
