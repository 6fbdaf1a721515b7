package dev.limber.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void wordsAScreenReaderReadsRight() {
    assertThat(Durations.inWords(0)).isEqualTo("0 seconds");
    assertThat(Durations.inWords(1)).isEqualTo("1 second");
    assertThat(Durations.inWords(60)).isEqualTo("1 minute");
    assertThat(Durations.inWords(766)).isEqualTo("12 minutes 46 seconds");
    assertThat(Durations.inWords(3600 + 5 * 60 + 7)).isEqualTo("1 hour 5 minutes");
    assertThat(Durations.inWords(2 * 3600)).isEqualTo("2 hours");
  }

  @Test
  void aClockForTablesGoesPastTheHour() {
    assertThat(Durations.asClock(766)).isEqualTo("12:46");
    assertThat(Durations.asClock(59)).isEqualTo("0:59");
    assertThat(Durations.asClock(75 * 60)).isEqualTo("1:15:00");
  }
}
