package dev.limber.speech;

import dev.limber.audio.FileOutput;
import dev.limber.audio.Pcm;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * Synthesized clips on disk, one file per voice, settings and text. Files are written to a
 * temporary name and renamed, so a reader never sees half a clip. A clip is trusted only if it is a
 * regular file (never a link, pipe or device), owned by the user, exactly as long as its header
 * says and with a matching checksum; anything else is ignored and replaced. A folder that someone
 * else owns or may write to is not used at all, with one warning.
 */
public final class ClipCache {
  /**
   * The longest clip kept: twenty minutes, far more than any phrase, and a bound on what is read.
   */
  static final int MAX_FRAMES = Pcm.SAMPLE_RATE * 60 * 20;

  private static final byte[] MAGIC = "LMBRPCM1".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER = MAGIC.length + 8;

  /** A temporary file younger than this may belong to a Limber running right now. */
  private static final long LEFTOVER_MILLIS = TimeUnit.HOURS.toMillis(1);

  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private final Path folder;
  private final Predicate<UserPrincipal> isCurrentUser;
  private final Consumer<String> warnings;

  /** Empty until the folder exists and has been checked; then whether it may be used. */
  private Optional<Boolean> usable = Optional.empty();

  /** The owner of the trusted folder, which every clip in it must share. */
  private Object ownerId;

  private boolean swept;

  /**
   * The cache in {@code folder}, warning once on standard error when the folder cannot be trusted.
   */
  public ClipCache(Path folder) {
    this(folder, ClipCache::isCurrentUser, ClipCache::warnOnce);
  }

  /** For tests: who counts as the current user, and where the warning goes. */
  ClipCache(Path folder, Predicate<UserPrincipal> isCurrentUser, Consumer<String> warnings) {
    this.folder = folder;
    this.isCurrentUser = isCurrentUser;
    this.warnings = warnings;
  }

  public Optional<Pcm> get(String key) {
    if (!usable()) {
      return Optional.empty();
    }
    Path file = file(key);
    try {
      long size = trustedSize(file);
      if (size < HEADER || size > HEADER + 2L * MAX_FRAMES) {
        return Optional.empty();
      }
      try (SeekableByteChannel in =
          Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        return decode(in, size);
      }
    } catch (IOException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  /** Stores a clip; failures are ignored, since the cache only saves time. */
  public void put(String key, Pcm pcm) {
    if (pcm.frames() > MAX_FRAMES) {
      return;
    }
    try {
      Files.createDirectories(
          folder,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (IOException | UnsupportedOperationException e) {
      return; // a read-only disk only makes the next run slower
    }
    if (!usable()) {
      return;
    }
    sweepLeftovers();
    // whatever is at the clip's name (a link, a pipe) is replaced, never followed or written into;
    // a half-written file is never left under the clip's name: FileOutput drops it unless committed
    try (FileOutput out = FileOutput.replace(file(key))) {
      out.stream().write(encode(pcm));
      out.commit();
    } catch (IOException e) {
      // a full disk only makes the next run slower
    }
  }

  Path file(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return folder.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".pcm");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the folder is the user's alone; decided once it exists, with one warning if not. */
  private synchronized boolean usable() {
    if (usable.isEmpty()) {
      try {
        PosixFileAttributes a =
            Files.readAttributes(
                folder, PosixFileAttributes.class); // the folder may be a link the user made
        String problem =
            !a.isDirectory()
                ? "it is not a folder"
                : !isCurrentUser.test(a.owner())
                    ? "it belongs to " + a.owner().getName() + ", not to you"
                    : a.permissions().contains(PosixFilePermission.GROUP_WRITE)
                            || a.permissions().contains(PosixFilePermission.OTHERS_WRITE)
                        ? "others may write to it (chmod go-w it)"
                        : null;
        if (problem != null) {
          warnings.accept(
              "limber: not using the clip cache "
                  + folder
                  + ": "
                  + problem
                  + "; speech is synthesized afresh");
        }
        ownerId = ownerId(folder);
        usable = Optional.of(problem == null);
      } catch (NoSuchFileException e) {
        return false; // nothing cached yet
      } catch (IOException e) {
        usable = Optional.of(false);
      } catch (UnsupportedOperationException e) {
        usable = Optional.of(true); // not a POSIX file system: no owners or modes to check
      }
    }
    return usable.get();
  }

  /** The size of a cached clip that may be read, or -1: a regular file of the folder's owner. */
  private long trustedSize(Path file) throws IOException {
    Map<String, Object> a;
    Object owner;
    try {
      a =
          Files.readAttributes(
              file, "unix:size,isRegularFile,uid", LinkOption.NOFOLLOW_LINKS); // one lstat
      owner = a.get("uid");
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      a = Files.readAttributes(file, "size,isRegularFile", LinkOption.NOFOLLOW_LINKS);
      owner = ownerId(file, LinkOption.NOFOLLOW_LINKS);
    }
    if (!(Boolean) a.get("isRegularFile") || ownerId != null && !ownerId.equals(owner)) {
      return -1;
    }
    return (Long) a.get("size");
  }

  /**
   * The numeric owner where the system tells it (no name lookup per file), else the owner's name.
   */
  private static Object ownerId(Path file, LinkOption... options) throws IOException {
    try {
      return Files.getAttribute(file, "unix:uid", options);
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return Files.getOwner(file, options).getName();
    }
  }

  /**
   * Deletes temporary files that a killed run left behind. Only a run that writes needs it: a clip
   * whose writing was cut short is missing, so the next run that needs it writes, and sweeps.
   */
  private void sweepLeftovers() {
    if (swept) {
      return;
    }
    swept = true;
    long before = System.currentTimeMillis() - LEFTOVER_MILLIS;
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(
            folder, f -> FileOutput.isTemporaryName(f.getFileName().toString()))) {
      for (Path f : files) {
        if (trustedSize(f) >= 0
            && Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toMillis() < before) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException | RuntimeException e) {
      // an old leftover only takes room
    }
  }

  private static boolean isCurrentUser(UserPrincipal owner) {
    try {
      return owner.equals(
          java.nio.file.FileSystems.getDefault()
              .getUserPrincipalLookupService()
              .lookupPrincipalByName(System.getProperty("user.name")));
    } catch (IOException e) {
      return owner.getName().equals(System.getProperty("user.name"));
    }
  }

  private static void warnOnce(String warning) {
    if (WARNED.compareAndSet(false, true)) {
      System.err.println(warning);
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

  /**
   * Reads a clip of a file of {@code size} bytes: never more than its header promises, and only if
   * the size agrees.
   */
  private static Optional<Pcm> decode(SeekableByteChannel in, long size) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
    if (!readFully(in, header)
        || !java.util.Arrays.equals(header.array(), 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      return Optional.empty();
    }
    int frames = header.getInt(MAGIC.length);
    if (frames < 0 || frames > MAX_FRAMES || size != HEADER + frames * 2L) {
      return Optional.empty();
    }
    ByteBuffer body = ByteBuffer.allocate(frames * 2).order(ByteOrder.LITTLE_ENDIAN);
    if (!readFully(in, body)) {
      return Optional.empty();
    }
    CRC32 crc = new CRC32();
    crc.update(body.array(), 0, frames * 2);
    if ((int) crc.getValue() != header.getInt(MAGIC.length + 4)) {
      return Optional.empty();
    }
    short[] samples = new short[frames];
    body.flip().asShortBuffer().get(samples);
    return Optional.of(new Pcm(samples));
  }

  private static boolean readFully(SeekableByteChannel in, ByteBuffer into) throws IOException {
    while (into.hasRemaining()) {
      if (in.read(into) < 0) {
        return false;
      }
    }
    return true;
  }
}
