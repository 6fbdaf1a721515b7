package dev.limber.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The remote's token: 128 random bits as 32 hex digits, kept in a file of mode 0600 that is written
 * to a fresh temporary file in its folder and renamed into place, never through a link.
 */
public final class TokenFile {
  private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenFile() {}

  /**
   * The token in {@code file}, made on first use or when {@code rotate} is set. A file that is a
   * link, is readable by others, or holds no token is replaced by a new token.
   */
  public static String loadOrCreate(Path file, boolean rotate) throws IOException {
    if (!rotate) {
      String existing = read(file);
      if (existing != null) {
        return existing;
      }
    }
    String token = HexFormat.of().formatHex(randomBytes());
    write(file, token);
    return token;
  }

  /** Whether {@code given} is the token, in time that does not depend on where they differ. */
  public static boolean matches(String token, String given) {
    return MessageDigest.isEqual(
        token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] randomBytes() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    return bits;
  }

  private static String read(Path file) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    }
    if (!attributes.isRegularFile()
        || attributes.size() > 256
        || !OWNER_ONLY.containsAll(
            Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS))) {
      return null;
    }
    try (var channel =
        Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
      var buffer = java.nio.ByteBuffer.allocate(257);
      while (channel.read(buffer) > 0 && buffer.hasRemaining()) {
        // read to the end: the file is at most 256 bytes
      }
      String text =
          new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
      return TOKEN.matcher(text).matches() ? text : null;
    }
  }

  private static void write(Path file, String token) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(
          folder,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (FileAlreadyExistsException e) {
      throw new IOException(folder + " is not a folder", e);
    }
    Path temporary =
        Files.createTempFile(
            folder, ".remote-token-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    try {
      Files.writeString(
          temporary,
          token + "\n",
          StandardCharsets.US_ASCII,
          StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING,
          LinkOption.NOFOLLOW_LINKS);
      // a rename replaces a link at the name itself, never the file it points to
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
