package dev.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PainQuestionTest {
  private final TerminalMode pipe = TerminalMode.forStandardInput(false);

  @Test
  void aDigitOrTIsTheRatingAndOtherKeysArePassedOver() {
    assertThat(
            PainQuestion.answer(
                new ByteArrayInputStream("x 4".getBytes()), pipe, Duration.ofSeconds(5)))
        .hasValue(4);
    assertThat(
            PainQuestion.answer(
                new ByteArrayInputStream("T".getBytes()), pipe, Duration.ofSeconds(5)))
        .hasValue(10);
  }

  @Test
  void noAnswerInTimeIsNoAnswer() {
    long started = System.nanoTime();
    assertThat(
            PainQuestion.answer(
                new ByteArrayInputStream(new byte[0]), pipe, Duration.ofMillis(200)))
        .isEmpty();
    assertThat(System.nanoTime() - started).as("it did wait").isGreaterThanOrEqualTo(200_000_000L);
  }
}
