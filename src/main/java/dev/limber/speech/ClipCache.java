package dev.limber.speech;

import dev.limber.audio.FileOutput;
import dev.limber.audio.Pcm;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Synthesized clips on disk, one file per voice, settings and text. Files are written to a
 * temporary name and renamed, so a reader never sees half a clip; a file that fails its checksum
 * is ignored and replaced.
 */
public final class ClipCache {
  private static final byte[] MAGIC = "LMBRPCM1".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER = MAGIC.length + 8;

  private final Path folder;

  public ClipCache(Path folder) {
    this.folder = folder;
  }

  public Optional<Pcm> get(String key) {
    Path file = file(key);
    try {
      byte[] bytes = Files.readAllBytes(file);
      return decode(bytes);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Stores a clip; failures are ignored, since the cache only saves time. */
  public void put(String key, Pcm pcm) {
    try {
      createFolder();
    } catch (IOException e) {
      return; // a read-only disk only makes the next run slower
    }
    // a half-written file is never left under the clip's name: FileOutput drops it unless committed
    try (FileOutput out = FileOutput.open(file(key))) {
      out.stream().write(encode(pcm));
      out.commit();
    } catch (IOException e) {
      // a full disk only makes the next run slower
    }
  }

  Path file(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return folder.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".pcm");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void createFolder() throws IOException {
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder);
      try {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the platform's defaults apply
      }
    }
  }

  private static byte[] encode(Pcm pcm) {
    ByteBuffer b = ByteBuffer.allocate(HEADER + pcm.frames() * 2).order(ByteOrder.LITTLE_ENDIAN);
    b.put(MAGIC).putInt(pcm.frames()).putInt(0);
    b.asShortBuffer().put(pcm.samples());
    CRC32 crc = new CRC32();
    crc.update(b.array(), HEADER, pcm.frames() * 2);
    b.putInt(MAGIC.length + 4, (int) crc.getValue());
    return b.array();
  }

  private static Optional<Pcm> decode(byte[] bytes) {
    if (bytes.length < HEADER || !java.util.Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      return Optional.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int frames = b.getInt(MAGIC.length);
    if (frames < 0 || bytes.length != HEADER + frames * 2) {
      return Optional.empty();
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, HEADER, frames * 2);
    if ((int) crc.getValue() != b.getInt(MAGIC.length + 4)) {
      return Optional.empty();
    }
    short[] samples = new short[frames];
    b.position(HEADER);
    b.asShortBuffer().get(samples);
    return Optional.of(new Pcm(samples));
  }
}
