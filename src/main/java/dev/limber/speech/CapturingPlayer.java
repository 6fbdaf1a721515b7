package dev.limber.speech;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/**
 * A FreeTTS audio player that keeps the samples instead of playing them: FreeTTS's own players hang
 * for ever on a machine with no sound card. Samples arrive big-endian, 16-bit, mono, on FreeTTS's
 * output thread, one utterance between {@link #begin} and {@link #end}.
 */
final class CapturingPlayer implements AudioPlayer {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private AudioFormat format = new AudioFormat(dev.limber.audio.Pcm.SAMPLE_RATE, 16, 1, true, true);

  /** Takes everything captured since the last call, as samples, and starts afresh. */
  synchronized short[] take() {
    byte[] raw = bytes.toByteArray();
    bytes.reset();
    boolean bigEndian = format.isBigEndian();
    short[] samples = new short[raw.length / 2];
    for (int i = 0; i < samples.length; i++) {
      int hi = bigEndian ? raw[2 * i] : raw[2 * i + 1];
      int lo = (bigEndian ? raw[2 * i + 1] : raw[2 * i]) & 0xff;
      samples[i] = (short) ((hi << 8) | lo);
    }
    return samples;
  }

  @Override
  public synchronized void setAudioFormat(AudioFormat format) {
    this.format = format;
  }

  @Override
  public synchronized AudioFormat getAudioFormat() {
    return format;
  }

  @Override
  public synchronized boolean write(byte[] audio) {
    return write(audio, 0, audio.length);
  }

  @Override
  public synchronized boolean write(byte[] audio, int offset, int length) {
    bytes.write(audio, offset, length);
    return true;
  }

  @Override
  public void begin(int size) {}

  @Override
  public boolean end() {
    return true;
  }

  @Override
  public boolean drain() {
    return true;
  }

  @Override
  public synchronized void cancel() {
    bytes.reset();
  }

  @Override
  public synchronized void reset() {}

  @Override
  public void pause() {}

  @Override
  public void resume() {}

  @Override
  public void close() {}

  @Override
  public float getVolume() {
    return 1f;
  }

  @Override
  public void setVolume(float volume) {}

  @Override
  public long getTime() {
    return 0;
  }

  @Override
  public void resetTime() {}

  @Override
  public void startFirstSampleTimer() {}

  @Override
  public void showMetrics() {}
}
