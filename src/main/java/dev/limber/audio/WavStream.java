package dev.limber.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * A recording read as it is consumed, for {@code limber listen --from}: any WAV javax.sound reads
 * (other rates, stereo, 8 or 24 bits), converted on the fly to the recognizer's 16 kHz, 16-bit
 * mono. Memory stays bounded whatever the length: an hour of audio is never held at once.
 */
public final class WavStream {
  /** What javax.sound needs to tell the format: it marks and resets within this many bytes. */
  private static final int PROBE_BYTES = 64 * 1024;

  private WavStream() {}

  /**
   * Reads {@code wav}'s header and returns its samples as 16 kHz, 16-bit, mono, little-endian PCM;
   * closing the result closes {@code wav}.
   *
   * @throws IOException in one line: "not a WAV file", or a format that cannot be converted
   */
  public static InputStream open(InputStream wav) throws IOException {
    AudioInputStream source;
    try {
      source = AudioSystem.getAudioInputStream(new BufferedInputStream(wav, PROBE_BYTES));
    } catch (UnsupportedAudioFileException e) {
      throw new IOException("not a WAV file", e);
    } catch (java.io.EOFException e) {
      throw new IOException("not a WAV file (it ends inside its header)", e);
    } catch (RuntimeException e) {
      // javax.sound's readers throw unchecked exceptions on some malformed headers
      throw new IOException("not a WAV file (its header is malformed)", e);
    }
    AudioFormat target = Devices.format(Pcm.SAMPLE_RATE);
    AudioFormat given = source.getFormat();
    if (given.matches(target)) {
      return source;
    }
    if (AudioSystem.isConversionSupported(target, given)) {
      return AudioSystem.getAudioInputStream(target, source);
    }
    // javax.sound converts in steps: the encoding and size first, then channels and rate
    AudioFormat pcm = new AudioFormat(given.getSampleRate(), 16, given.getChannels(), true, false);
    if (AudioSystem.isConversionSupported(pcm, given)
        && AudioSystem.isConversionSupported(target, pcm)) {
      return AudioSystem.getAudioInputStream(target, AudioSystem.getAudioInputStream(pcm, source));
    }
    source.close();
    throw new IOException("cannot convert this WAV to 16 kHz mono 16-bit (" + given + ")");
  }
}
