package dev.limber.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that a failure never leaves half a file under the real name: a regular file is
 * written beside it under a hidden name and renamed into place on {@link #commit}. A device or a
 * named pipe (such as {@code /dev/null}) is written directly, never replaced.
 */
public final class FileOutput implements AutoCloseable {
  private final OutputStream stream;
  private final Path temporary;
  private final Path target;
  private boolean done;

  private FileOutput(OutputStream stream, Path temporary, Path target) {
    this.stream = stream;
    this.temporary = temporary;
    this.target = target;
  }

  public static FileOutput open(Path target) throws IOException {
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      return new FileOutput(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16), null, target);
    }
    Path absolute = target.toAbsolutePath();
    // one hidden name per process and thread, so two writers of the same file never share one
    Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".part-" + ProcessHandle.current().pid()
        + "-" + Thread.currentThread().getId());
    try {
      return new FileOutput(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16), temporary, target);
    } catch (IOException e) {
      // the hidden name is ours, not the user's: say what is wrong with their folder instead
      Path folder = absolute.getParent();
      throw new IOException(Files.isDirectory(folder)
          ? "cannot create a file in " + folder + (e instanceof java.nio.file.AccessDeniedException ? " (permission denied)" : "")
          : "there is no folder " + folder, e);
    }
  }

  public OutputStream stream() {
    return stream;
  }

  /** Finishes the file and puts it in place. */
  public void commit() throws IOException {
    stream.close();
    if (temporary != null) {
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    done = true;
  }

  /** Drops what was written; the target keeps its old content. Does nothing after {@link #commit}. */
  @Override
  public void close() throws IOException {
    if (done) {
      return;
    }
    done = true;
    stream.close();
    if (temporary != null) {
      Files.deleteIfExists(temporary);
    }
  }
}
