package dev.limber.audio;

import java.io.IOException;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays through a javax.sound line: one line for the whole session, opened with a small buffer
 * (about 50 ms) so a pause is heard within a block or two. A device that refuses 16 kHz is opened
 * at 48 or 44.1 kHz and fed resampled audio.
 */
public final class LineSink implements AudioSink {
  private static final double BUFFER_SECONDS = 0.05;
  private static final double TAIL_SECONDS = 0.1;
  private static final long DRAIN_TIMEOUT_NANOS = 3_000_000_000L;

  /** A device that takes nothing for this long is treated as lost. */
  private static final long STALL_NANOS = 1_000_000_000L;

  private final SourceDataLine line;
  private final Resampler resampler;
  private final String deviceName;
  private long framesWritten;
  private boolean started;

  private LineSink(SourceDataLine line, Resampler resampler, String deviceName) {
    this.line = line;
    this.resampler = resampler;
    this.deviceName = deviceName;
  }

  /**
   * Opens the device.
   *
   * @throws IOException when the device refuses every format or is busy; the message says why
   */
  public static LineSink open(Devices.Device device) throws IOException {
    javax.sound.sampled.Mixer mixer = AudioSystem.getMixer(device.info());
    Exception last = null;
    for (float rate : Devices.RATES) {
      try {
        // no isLineSupported first: Devices.choose has asked already, and asking opens the card;
        // a rate the card refuses makes getLine throw, and the next rate is tried
        SourceDataLine line =
            (SourceDataLine)
                mixer.getLine(new DataLine.Info(SourceDataLine.class, Devices.format(rate)));
        line.open(Devices.format(rate), (int) (rate * BUFFER_SECONDS) * 2);
        return new LineSink(line, new Resampler(Pcm.SAMPLE_RATE, (int) rate), device.name());
      } catch (LineUnavailableException | IllegalArgumentException | IllegalStateException e) {
        // OpenJDK throws IllegalArgumentException, not LineUnavailableException, for a missing card
        last = e;
      }
    }
    throw new IOException(
        "cannot open the audio device "
            + device.name()
            + (last == null ? "" : ": " + last.getMessage()),
        last);
  }

  /** The line's buffer as opened, in milliseconds: what a pause still lets through. */
  public double bufferMillis() {
    return line.getBufferSize() / 2 * 1000.0 / line.getFormat().getSampleRate();
  }

  @Override
  public void write(short[] block, int frames) throws IOException {
    short[] out = resampler.apply(block, frames);
    byte[] bytes = Wav.littleEndian(out, out.length);
    int done = 0;
    long lastProgress = System.nanoTime();
    while (done < bytes.length) {
      if (!line.isOpen()) {
        throw new IOException("the audio device " + deviceName + " was closed");
      }
      int n = line.write(bytes, done, bytes.length - done);
      if (!started) {
        line.start();
        started = true;
      }
      if (n > 0) {
        done += n;
        lastProgress = System.nanoTime();
      } else if (System.nanoTime() - lastProgress > STALL_NANOS) {
        // OpenJDK returns 0 for a failed native write and still calls the line active
        throw new IOException("the audio device " + deviceName + " stopped taking audio");
      } else {
        java.util.concurrent.locks.LockSupport.parkNanos(
            1_000_000); // not a busy loop while the device stalls
      }
    }
    framesWritten += out.length;
  }

  /**
   * Plays out everything written, with a short silence so the last word is not cut, then closes.
   */
  @Override
  public void close() throws IOException {
    try {
      if (started) {
        write(
            new short[(int) (Pcm.SAMPLE_RATE * TAIL_SECONDS)],
            (int) (Pcm.SAMPLE_RATE * TAIL_SECONDS));
        // drain() returns at once on some devices, so also wait for the position to reach the end
        line.drain();
        long deadline = System.nanoTime() + DRAIN_TIMEOUT_NANOS;
        while (line.getLongFramePosition() < framesWritten && System.nanoTime() - deadline < 0) {
          Thread.sleep(5);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      line.stop();
      line.close();
    }
  }
}
