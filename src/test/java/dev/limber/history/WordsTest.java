package dev.limber.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void durationsReadAsWords() {
    assertThat(Words.duration(766)).isEqualTo("12 minutes 46 seconds");
    assertThat(Words.duration(61)).isEqualTo("1 minute 1 second");
    assertThat(Words.duration(60)).isEqualTo("1 minute");
    assertThat(Words.duration(0)).isEqualTo("0 seconds");
    assertThat(Words.duration(3600 + 3 * 60 + 59)).isEqualTo("1 hour 3 minutes");
    assertThat(Words.duration(7200)).isEqualTo("2 hours");
    assertThat(Words.minutes(13283)).isEqualTo("3 hours 41 minutes");
    assertThat(Words.minutes(29)).isEqualTo("0 minutes");
    assertThat(Words.minutes(30)).isEqualTo("1 minute");
  }

  @Test
  void painRatingsAreZeroToTen() {
    assertThat(Pain.parse("0")).isZero();
    assertThat(Pain.parse(" 10 ")).isEqualTo(10);
    assertThatThrownBy(() -> Pain.parse("11"))
        .hasMessage("a pain rating is a whole number from 0 (no pain) to 10, found '11'");
    assertThatThrownBy(() -> Pain.parse("-1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pain.parse("5.5")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pain.check(11)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void runIdsAreVersion4UuidsAndDiffer() {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String id = RunStart.newId();
      java.util.UUID uuid = java.util.UUID.fromString(id);
      assertThat(uuid.version()).isEqualTo(4);
      assertThat(uuid.variant()).isEqualTo(2);
      ids.add(id);
    }
    assertThat(ids).hasSize(10_000);
  }
}
