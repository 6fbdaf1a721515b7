package dev.limber.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The WAV format Limber writes and reads: RIFF, PCM, 16-bit, mono, 16 kHz. */
public final class Wav {
  static final int HEADER_BYTES = 44;

  private Wav() {}

  /** A 44-byte header for {@code frames} frames of mono 16-bit audio. */
  public static byte[] header(long frames) {
    long dataBytes = frames * 2;
    if (dataBytes + 36 > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("too long for a WAV file: " + frames + " frames");
    }
    ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .putInt((int) (36 + dataBytes));
    b.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16);
    b.putShort((short) 1).putShort((short) 1).putInt(Pcm.SAMPLE_RATE).putInt(Pcm.SAMPLE_RATE * 2);
    b.putShort((short) 2).putShort((short) 16);
    b.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) dataBytes);
    return b.array();
  }

  /** Writes a whole clip as a WAV file's bytes. */
  public static void write(Pcm pcm, OutputStream out) throws IOException {
    out.write(header(pcm.frames()));
    out.write(littleEndian(pcm.samples(), pcm.frames()));
  }

  static byte[] littleEndian(short[] samples, int frames) {
    byte[] bytes = new byte[frames * 2];
    // a bulk copy, which the JVM does in one go; a loop of shifts was a tenth of a render
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().put(samples, 0, frames);
    return bytes;
  }

  /** Reads a WAV file in Limber's own format; anything else is refused with the reason. */
  public static Pcm read(byte[] bytes) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
      throw new IOException("not a WAV file");
    }
    int pos = 12;
    boolean formatOk = false;
    while (pos + 8 <= bytes.length) {
      int id = b.getInt(pos);
      int size = b.getInt(pos + 4);
      int body = pos + 8;
      if (id == 0x20746d66) { // "fmt "
        formatOk =
            b.getShort(body) == 1
                && b.getShort(body + 2) == 1
                && b.getInt(body + 4) == Pcm.SAMPLE_RATE
                && b.getShort(body + 14) == 16;
      } else if (id == 0x61746164) { // "data"
        if (!formatOk) {
          throw new IOException("WAV must be PCM, mono, 16-bit at " + Pcm.SAMPLE_RATE + " Hz");
        }
        int frames = Math.min(size, bytes.length - body) / 2;
        short[] samples = new short[frames];
        b.position(body);
        b.asShortBuffer().get(samples);
        return new Pcm(samples);
      }
      pos = body + size + (size & 1);
    }
    throw new IOException("WAV file has no audio data");
  }
}
