package dev.limber.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A WAV read as it is consumed: converted to 16 kHz mono 16-bit, and never read far ahead of what
 * was taken, however long the recording.
 */
class WavStreamTest {
  /** A canonical PCM header for {@code dataBytes} of audio. */
  static byte[] header(int rate, int channels, int bits, long dataBytes) {
    int frame = channels * bits / 8;
    ByteBuffer b = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes));
    b.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
    b.putShort((short) 1).putShort((short) channels).putInt(rate).putInt(rate * frame);
    b.putShort((short) frame).putShort((short) bits);
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) dataBytes);
    return b.array();
  }

  /**
   * A WAV of {@code dataBytes} of quiet noise made as it is read, that counts how far it was read:
   * no such recording is ever in memory.
   */
  static final class Generated extends InputStream {
    private final byte[] header;
    private final long length;
    private long given;

    Generated(int rate, int channels, long dataBytes) {
      header = header(rate, channels, 16, dataBytes);
      length = header.length + dataBytes;
    }

    long given() {
      return given;
    }

    @Override
    public int read() {
      if (given >= length) {
        return -1;
      }
      long at = given++;
      return at < header.length ? header[(int) at] & 0xff : (int) (at * 31 % 7);
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      if (given >= length) {
        return -1;
      }
      int n = (int) Math.min(count, length - given);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = (byte) read();
      }
      return n;
    }
  }

  /** Reads all of {@code in} in blocks, checking after each that the source is not far ahead. */
  private static long drain(InputStream in, Generated source, double sourcePerByte)
      throws IOException {
    byte[] block = new byte[3200];
    long read = 0;
    long ahead = 0;
    for (int n; (n = in.read(block)) >= 0; ) {
      read += n;
      ahead = Math.max(ahead, (long) (source.given() - read * sourcePerByte));
    }
    assertThat(ahead).as("bytes read ahead of what was taken").isLessThan(256 * 1024);
    return read;
  }

  @Test
  void fortyFiveMinutesAt16kHzAreReadAsTheyAreTakenNeverAheadByMoreThanABuffer()
      throws IOException {
    long bytes = 2700L * 16_000 * 2;
    Generated source = new Generated(16_000, 1, bytes);
    try (InputStream in = WavStream.open(source)) {
      assertThat(source.given()).as("the header is looked at, not the audio").isLessThan(70_000);
      assertThat(drain(in, source, 1.0)).isEqualTo(bytes);
    }
  }

  @Test
  void cdAudioIsConvertedTo16kHzMonoAsItIsRead() throws IOException {
    long bytes = 600L * 44_100 * 4; // ten minutes of 44.1 kHz stereo
    Generated source = new Generated(44_100, 2, bytes);
    try (InputStream in = WavStream.open(source)) {
      long read = drain(in, source, 44_100 * 4 / 32_000.0);
      assertThat(read / 32_000.0).isCloseTo(600.0, org.assertj.core.api.Assertions.within(0.1));
    }
  }

  @Test
  void limbersOwnFormatComesThroughUnchanged() throws IOException {
    short[] samples = {0, 1, -1, 1000, -32768, 32767};
    java.io.ByteArrayOutputStream wav = new java.io.ByteArrayOutputStream();
    Wav.write(new Pcm(samples), wav);
    byte[] all = wav.toByteArray();
    try (InputStream in = WavStream.open(new ByteArrayInputStream(all))) {
      assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(all, 44, all.length));
    }
  }

  @Test
  void aTruncatedRecordingGivesWhatItHas() throws IOException {
    byte[] wav = new byte[44 + 1000];
    System.arraycopy(header(16_000, 1, 16, 32_000), 0, wav, 0, 44);
    try (InputStream in = WavStream.open(new ByteArrayInputStream(wav))) {
      assertThat(in.readAllBytes()).hasSize(1000);
    }
  }

  @Test
  void whatIsNotAWavIsRefusedInOneLine() {
    assertThatThrownBy(() -> WavStream.open(new ByteArrayInputStream("not audio".getBytes())))
        .isInstanceOf(IOException.class)
        .hasMessage("not a WAV file");
    byte[] cut = java.util.Arrays.copyOf(header(16_000, 1, 16, 32_000), 20);
    assertThatThrownBy(() -> WavStream.open(new ByteArrayInputStream(cut)))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("not a WAV file")
        .hasMessageNotContaining("\n");
  }
}
