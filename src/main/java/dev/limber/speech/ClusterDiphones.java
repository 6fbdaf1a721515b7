package dev.limber.speech;

import com.sun.speech.freetts.diphone.Diphone;
import com.sun.speech.freetts.relp.Sample;
import com.sun.speech.freetts.relp.SampleInfo;
import com.sun.speech.freetts.util.WaveUtils;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The consonant-cluster diphones ("s_-_t", "t_-_r", "k_-_w", ...) of flite's kal16, which FreeTTS's
 * copy of the same database lacks, made to fit FreeTTS's. The resource holds them as flite stores
 * them (written by {@code scripts/kal16-clusters}); FreeTTS's kal16 was quantised with another
 * coefficient range and keeps its residuals 1.74 times louder, so both are converted here.
 */
final class ClusterDiphones {
  static final String RESOURCE = "/limber/kal16-clusters.bin";

  /**
   * FreeTTS's kal16 residuals over flite's, by RMS over the 1,581 diphones both databases hold with
   * the same number of pitch periods (their LPC filters agree within 0.04 a coefficient).
   */
  static final double RESIDUAL_GAIN = 1.74;

  private ClusterDiphones() {}

  /**
   * The bundled cluster diphones by name, quantised as {@code target} (FreeTTS's database) says.
   */
  static Map<String, Diphone> load(SampleInfo target) {
    try (InputStream raw = ClusterDiphones.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new SpeechException(
            "the voice's cluster diphones are missing from the program", null);
      }
      return read(new DataInputStream(new BufferedInputStream(raw)), target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Diphone> read(DataInputStream in, SampleInfo target) throws IOException {
    float min = in.readFloat();
    float range = in.readFloat();
    int channels = in.readInt();
    if (channels != target.getNumberOfChannels()) {
      throw new IOException(
          "cluster diphones have " + channels + " LPC channels, FreeTTS " + target);
    }
    int count = in.readInt();
    Map<String, Diphone> diphones = new HashMap<>();
    for (int i = 0; i < count; i++) {
      byte[] name = new byte[in.readUnsignedShort()];
      in.readFully(name);
      int firstHalf = in.readInt();
      Sample[] samples = new Sample[firstHalf + in.readInt()];
      for (int s = 0; s < samples.length; s++) {
        short[] frame = new short[channels];
        for (int k = 0; k < channels; k++) {
          frame[k] = coefficient(in.readUnsignedShort() / 65535.0 * range + min, target);
        }
        byte[] residual = new byte[in.readInt()];
        in.readFully(residual);
        samples[s] = new Sample(frame, residual(residual), residual.length);
      }
      String text = new String(name, StandardCharsets.US_ASCII);
      diphones.put(text, new Diphone(text, samples, firstHalf));
    }
    return diphones;
  }

  /**
   * A coefficient in FreeTTS's quantisation: (short + 32768) / 65535 of its range over its minimum.
   */
  static short coefficient(double value, SampleInfo target) {
    long q = Math.round((value - target.getCoeffMin()) / target.getCoeffRange() * 65535) - 32768;
    return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, q));
  }

  /**
   * flite's mu-law residual as FreeTTS stores one: FreeTTS keeps mu-law codes with the top bit
   * flipped, which is what its own encoder returns, and reads code 0 as silence, so the loudest
   * positive code (nothing in these diphones comes near it) steps down one.
   */
  static byte[] residual(byte[] ulaw) {
    byte[] out = new byte[ulaw.length];
    for (int i = 0; i < ulaw.length; i++) {
      double value = WaveUtils.ulawToShort((short) (ulaw[i] & 0xff)) * RESIDUAL_GAIN;
      byte code = WaveUtils.shortToUlaw((short) Math.max(-32124, Math.min(32124, value)));
      out[i] = code == 0 ? 1 : code;
    }
    return out;
  }
}
