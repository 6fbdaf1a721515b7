package dev.limber.audio;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every temporary file of this process that is not yet in place, and the one shutdown hook that
 * deletes them: the JVM runs it on {@code System.exit} and on SIGINT, SIGTERM and SIGHUP, so a run
 * stopped half-way never leaves a half file. Creating, renaming and deleting hold one lock, so the
 * hook never races a rename: a file is either in place or gone.
 */
final class Temporaries {
  /** Hidden temporary names end so; the clip cache sweeps leftovers by it. */
  static final String SUFFIX = ".tmp";

  private static final int ATTEMPTS = 100;
  private static final Set<Path> LIVE = new HashSet<>();
  private static boolean hooked;
  private static boolean shuttingDown;
  private static Supplier<String> random;

  private Temporaries() {}

  /** Sixteen random hex digits, as {@code Files.createTempFile} draws them. */
  static synchronized Supplier<String> secureNames() {
    if (random == null) {
      SecureRandom source = new SecureRandom();
      random = () -> HexFormat.of().toHexDigits(source.nextLong());
    }
    return random;
  }

  /**
   * Creates {@code .NAME.RANDOM.tmp} beside {@code target}, exclusively (O_EXCL: a file or link
   * already there, even a dangling one, is never opened or followed), and registers it. The
   * permissions are the process's defaults (umask), as for any new file; {@code
   * Files.createTempFile} would force 0600 onto every new output.
   */
  static Created create(Path target, Supplier<String> names) throws IOException {
    synchronized (LIVE) {
      if (shuttingDown) {
        throw new IOException("the program is stopping");
      }
      hook();
      FileAlreadyExistsException last = null;
      for (int i = 0; i < ATTEMPTS; i++) {
        Path temporary =
            target.resolveSibling("." + target.getFileName() + "." + names.get() + SUFFIX);
        try {
          FileChannel channel =
              FileChannel.open(
                  temporary,
                  StandardOpenOption.CREATE_NEW,
                  StandardOpenOption.WRITE,
                  LinkOption.NOFOLLOW_LINKS);
          LIVE.add(temporary);
          return new Created(temporary, channel);
        } catch (FileAlreadyExistsException e) {
          last = e; // someone's file or link at that name: draw another
        }
      }
      throw last;
    }
  }

  /** A new temporary file, open for writing. */
  record Created(Path path, FileChannel channel) {}

  /**
   * Renames a registered temporary file onto its target, atomically, unless the program is
   * stopping.
   */
  static void rename(Path temporary, Path target) throws IOException {
    synchronized (LIVE) {
      if (shuttingDown) {
        throw new IOException("the program is stopping");
      }
      Files.move(temporary, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      LIVE.remove(temporary);
    }
  }

  /** Deletes a registered temporary file; never throws, since it runs while cleaning up. */
  static void delete(Path temporary) {
    synchronized (LIVE) {
      quietlyDelete(temporary);
      LIVE.remove(temporary);
    }
  }

  private static void hook() throws IOException {
    if (!hooked) {
      try {
        Runtime.getRuntime()
            .addShutdownHook(new Thread(Temporaries::deleteAll, "limber-temporary-files"));
      } catch (IllegalStateException e) {
        throw new IOException("the program is stopping", e); // the hook could not be added in time
      }
      hooked = true;
    }
  }

  private static void deleteAll() {
    synchronized (LIVE) {
      shuttingDown = true;
      LIVE.forEach(Temporaries::quietlyDelete);
      LIVE.clear();
    }
  }

  private static void quietlyDelete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException | RuntimeException e) {
      // nothing more can be done; the clip cache sweeps its own leftovers later
    }
  }
}
