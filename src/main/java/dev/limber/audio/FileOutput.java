package dev.limber.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.function.Supplier;

/**
 * Writes a file so that a failure or a signal never leaves half a file under the real name: the
 * bytes go to a fresh temporary file beside it (unpredictable name, created exclusively, never
 * through a link; see {@link Temporaries}), renamed into place on {@link #commit}. A replaced file
 * keeps its permission bits. A device or a named pipe (such as {@code /dev/null}) is written
 * directly, never replaced, and its write errors are errors too.
 */
public final class FileOutput implements AutoCloseable {
  private static final int BUFFER = 1 << 16;
  private static final int MAX_LINKS = 40;

  private final OutputStream stream;
  private final Path temporary;
  private final Path target;
  private boolean done;

  private FileOutput(OutputStream stream, Path temporary, Path target) {
    this.stream = stream;
    this.temporary = temporary;
    this.target = target;
  }

  /**
   * An output the user named: a link is followed to the file it names (which is then replaced, the
   * link kept), and a device or pipe is written into.
   */
  public static FileOutput open(Path target) throws IOException {
    return open(target, Temporaries.secureNames());
  }

  static FileOutput open(Path target, Supplier<String> names) throws IOException {
    Path real = followLinks(target.toAbsolutePath());
    BasicFileAttributes existing = attributes(real);
    if (existing != null && existing.isDirectory()) {
      throw new IOException("is a folder, not a file");
    }
    if (existing != null && !existing.isRegularFile()) {
      try {
        FileChannel device = FileChannel.open(real, StandardOpenOption.WRITE);
        return new FileOutput(
            new BufferedOutputStream(Channels.newOutputStream(device), BUFFER), null, real);
      } catch (FileSystemException e) {
        throw new IOException(
            e instanceof AccessDeniedException
                ? "permission denied"
                : String.valueOf(e.getReason()),
            e);
      }
    }
    return temporary(real, names);
  }

  /**
   * A file of Limber's own, such as a cached clip: whatever is at the name (a link, a pipe, a file)
   * is replaced by the new file itself, never followed or written into.
   */
  public static FileOutput replace(Path target) throws IOException {
    return temporary(target.toAbsolutePath(), Temporaries.secureNames());
  }

  private static FileOutput temporary(Path target, Supplier<String> names) throws IOException {
    Temporaries.Created created;
    try {
      created = Temporaries.create(target, names);
    } catch (FileSystemException e) {
      // the hidden name is ours, not the user's: say what is wrong with their folder instead
      Path folder = target.getParent();
      if (!Files.isDirectory(folder)) {
        throw new IOException("there is no folder " + folder, e);
      }
      String why = e instanceof AccessDeniedException ? "permission denied" : e.getReason();
      throw new IOException(
          "cannot create a file in " + folder + (why == null ? "" : " (" + why + ")"), e);
    }
    FileOutput output =
        new FileOutput(
            new BufferedOutputStream(Channels.newOutputStream(created.channel()), BUFFER),
            created.path(),
            target);
    try {
      keepPermissions(target, created.path());
    } catch (IOException | RuntimeException e) {
      output.close();
      throw e;
    }
    return output;
  }

  /** Whether a file name is one of the hidden temporary names, this version's or an older one's. */
  public static boolean isTemporaryName(String name) {
    return name.startsWith(".")
        && (name.endsWith(Temporaries.SUFFIX) || name.matches(".*\\.part-\\d+-\\d+"));
  }

  public OutputStream stream() {
    return stream;
  }

  /** Finishes the file and puts it in place; on any failure the target keeps its old content. */
  public void commit() throws IOException {
    if (done) {
      throw new IllegalStateException("already committed or abandoned");
    }
    try {
      stream.close(); // a full disk or a file size limit shows here at the latest
      if (temporary != null) {
        Temporaries.rename(temporary, target);
      }
      done = true;
    } finally {
      if (!done) {
        close();
      }
    }
  }

  /**
   * Drops what was written; the target keeps its old content. Does nothing after {@link #commit}.
   * Never throws: it runs while a failure is being reported, and the temporary file must go.
   */
  @Override
  public void close() {
    if (done) {
      return;
    }
    done = true;
    try {
      stream.close();
    } catch (IOException e) {
      // the file is dropped anyway
    } finally {
      if (temporary != null) {
        Temporaries.delete(temporary);
      }
    }
  }

  /**
   * The file a chain of links ends at (which may not exist yet), so it is replaced, not the link.
   */
  static Path followLinks(Path path) throws IOException {
    Path at = path;
    for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(at); i++) {
      at =
          at.resolveSibling(
              Files.readSymbolicLink(at)); // relative to the link's folder, as the system reads it
    }
    if (Files.isSymbolicLink(at)) {
      throw new IOException("too many levels of symbolic links");
    }
    return at;
  }

  private static BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /**
   * A replaced file keeps its mode, and its owner and group where the user may set them (root may).
   */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(
            temporary, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return; // not POSIX, or nothing replaced: the defaults of a new file apply
    }
    PosixFileAttributes old =
        Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    try {
      view.setGroup(old.group());
      view.setOwner(old.owner());
    } catch (IOException e) {
      // only root may give a file away; the mode is what matters
    }
    view.setPermissions(old.permissions());
  }
}
