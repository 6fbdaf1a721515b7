package dev.limber.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc's native library for this system, unpacked from the jar into a folder of ours once
 * per version.
 */
final class NativeLibrary {
  private NativeLibrary() {}

  /**
   * The unpacked library in {@code folder/VERSION/OS/ARCH/}, unpacked now if it is not there yet:
   * into a fresh temporary file renamed into place, so two players at once never load half a file.
   */
  static Path unpacked(Path folder) throws IOException {
    String name = LibraryLoaderUtil.getNativeLibName();
    String system =
        LibraryLoaderUtil.getNativeLibResourcePath(); // "/org/sqlite/native/Linux/x86_64"
    // by system too: a home folder shared by two kinds of machine holds one library for each
    Path target =
        folder
            .resolve(SQLiteJDBCLoader.getVersion())
            .resolve(system.replaceFirst("^/org/sqlite/native/", ""))
            .resolve(name);
    if (Files.isRegularFile(target)) {
      return target;
    }
    HistoryDb.createPrivateFolder(target.getParent());
    String resource = system + "/" + name;
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("sqlite-jdbc has no native library for this system at " + resource);
      }
      Path temporary = Files.createTempFile(target.getParent(), ".unpacking-", ".tmp");
      try {
        Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
    return target;
  }
}
