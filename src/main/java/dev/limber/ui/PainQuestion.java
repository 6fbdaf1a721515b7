package dev.limber.ui;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * "How is your back?": one key from 0 to 9, or t for ten, within a few seconds. No answer is an
 * answer too, so a run that nobody attends to never waits for one.
 */
public final class PainQuestion {
  public static final String BEFORE =
      "How is your back, from zero, no pain, to ten? Press a number, or T for ten.";
  public static final String AFTER = "How is your back now, from zero to ten?";
  public static final Duration WAIT = Duration.ofSeconds(8);

  private PainQuestion() {}

  /** The rating a key gives, or empty for a key that is none. */
  static OptionalInt rating(int key) {
    if (key >= '0' && key <= '9') {
      return OptionalInt.of(key - '0');
    }
    return key == 't' || key == 'T' ? OptionalInt.of(10) : OptionalInt.empty();
  }

  /** Waits up to {@code wait} for a rating key; other keys are passed over. */
  public static OptionalInt answer(InputStream in, TerminalMode mode, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    mode.enterCharacterMode();
    try {
      while (System.nanoTime() < deadline) {
        if (mode.readable() && in.available() > 0) {
          int key = in.read();
          if (key < 0) {
            return OptionalInt.empty();
          }
          OptionalInt rating = rating(key);
          if (rating.isPresent()) {
            return rating;
          }
        } else {
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
      }
    } catch (IOException e) {
      // no input: no answer
    } finally {
      mode.restore();
    }
    return OptionalInt.empty();
  }
}
