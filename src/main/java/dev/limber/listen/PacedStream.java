package dev.limber.listen;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Hands out 16 kHz 16-bit samples no faster than a microphone would: a recording fed in real time,
 * as the recognizer's end-of-speech timing expects.
 */
public final class PacedStream extends FilterInputStream {
  private static final int BYTES_PER_SECOND = Listening.SAMPLE_RATE * 2;
  private volatile long started = -1;
  private long given;

  public PacedStream(InputStream in) {
    super(in);
  }

  /**
   * When the first sample was asked for, on {@link System#nanoTime}'s clock: the audio is taken to
   * start then (the recognizer loads first).
   */
  public long started() {
    return started;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    // at most 10 ms a read, each waited for: a read returns when its audio would have been heard
    if (started < 0) {
      started = System.nanoTime();
    }
    int n = super.read(buffer, offset, Math.min(length, BYTES_PER_SECOND / 100));
    if (n > 0) {
      given += n;
      long due = started + given * 1_000_000_000L / BYTES_PER_SECOND;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        try {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("stopped");
        }
      }
    }
    return n;
  }
}
