package dev.limber.catalog;

import dev.limber.session.Session;
import dev.limber.session.SessionFormatException;
import dev.limber.session.SessionParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds sessions: a path to a file, or an id looked up in {@code ./sessions}, the user's session
 * folder and the bundled sessions, in that order (so a user's copy of a bundled session wins).
 */
public final class Catalog {
  private final Path projectSessions;
  private final Path userSessions;
  private final SessionParser parser = new SessionParser(Bundled.SOUNDS);

  public Catalog(Path projectSessions, Path userSessions) {
    this.projectSessions = projectSessions;
    this.userSessions = userSessions;
  }

  /**
   * A session found, with where it came from, the file it was read from (none when bundled) and the
   * bytes it was parsed from, which the completion log fingerprints.
   */
  public record Entry(Session session, Origin origin, Optional<Path> file, byte[] source) {
    /** A session made in memory, from no file. */
    public Entry(Session session, Origin origin) {
      this(session, origin, Optional.empty(), new byte[0]);
    }
  }

  /**
   * Every session found by id, and one line for each file in the session folders that was skipped
   * because it is not a valid session.
   */
  public record Listing(List<Entry> entries, List<String> skipped) {}

  public Listing list() {
    List<String> skipped = new ArrayList<>();
    Map<String, Entry> byId = new LinkedHashMap<>();
    folderEntries(skipped).forEach(e -> byId.putIfAbsent(e.session().id(), e));
    for (String id : Bundled.SESSION_IDS) {
      if (!byId.containsKey(id)) {
        byId.put(id, bundled(id).orElseThrow());
      }
    }
    return new Listing(List.copyOf(byId.values()), skipped);
  }

  /**
   * A session named by a path (anything with a slash or ending in {@code .json}) or by an id.
   *
   * @throws CatalogException NOT_FOUND when no such file or id exists, UNREADABLE when the file
   *     cannot be read
   * @throws SessionFormatException when the session is not valid
   */
  public Entry resolve(String nameOrPath) throws SessionFormatException {
    if (nameOrPath.contains("/")
        || nameOrPath.endsWith(".json")
        || Files.isRegularFile(Path.of(nameOrPath))) {
      return load(Path.of(nameOrPath));
    }
    for (Origin origin : List.of(Origin.PROJECT, Origin.USER)) {
      Path file = folder(origin).resolve(nameOrPath + ".json");
      if (Files.isRegularFile(file)) {
        Entry loaded = load(file);
        return new Entry(loaded.session(), origin, loaded.file(), loaded.source());
      }
    }
    // a file whose name differs from its id is still found by the id that 'list' shows; only the
    // folders are read for that, since a bundled session is always named after its id
    Optional<Entry> inFolders =
        folderEntries(new ArrayList<>()).stream()
            .filter(e -> e.session().id().equals(nameOrPath))
            .findFirst();
    if (inFolders.isPresent()) {
      return inFolders.get();
    }
    return bundled(nameOrPath)
        .orElseThrow(
            () ->
                new CatalogException(
                    CatalogException.Kind.NOT_FOUND,
                    nameOrPath + ": no such session file or session id (see 'limber list')"));
  }

  /**
   * The valid sessions of ./sessions and the user's folder, in that order; invalid files go to
   * {@code skipped}.
   */
  private List<Entry> folderEntries(List<String> skipped) {
    List<Entry> entries = new ArrayList<>();
    for (Origin origin : List.of(Origin.PROJECT, Origin.USER)) {
      for (Path file : jsonFiles(folder(origin))) {
        // a name from a folder may hold anything, even escape sequences for the terminal
        String shown = Shown.path(file);
        try {
          byte[] bytes = read(file, shown);
          entries.add(new Entry(parser.parse(bytes, shown), origin, Optional.of(file), bytes));
        } catch (SessionFormatException e) {
          e.problems().forEach(p -> skipped.add(p.toString()));
        } catch (CatalogException e) {
          skipped.add(e.getMessage());
        } catch (RuntimeException e) {
          // one file must never hide the others, whatever is wrong with it
          skipped.add(shown + ": could not be read as a session: " + e);
        }
      }
    }
    return entries;
  }

  private Path folder(Origin origin) {
    return origin == Origin.PROJECT ? projectSessions : userSessions;
  }

  /** Reads and checks one session file. */
  public Entry load(Path file) throws SessionFormatException {
    byte[] bytes = read(file);
    return new Entry(parser.parse(bytes, file.toString()), Origin.FILE, Optional.of(file), bytes);
  }

  /** Reads a session file (or a pipe or device) of at most {@link SessionParser#MAX_BYTES}. */
  public static byte[] read(Path file) throws SessionFormatException {
    return read(file, file.toString());
  }

  /**
   * Reads at most one byte more than the limit, whatever the input: a file's size says nothing
   * about a pipe, {@code /dev/stdin} or {@code /dev/zero}, so the read itself is bounded.
   */
  private static byte[] read(Path file, String shown) throws SessionFormatException {
    try {
      if (Files.isDirectory(file)) {
        throw new CatalogException(
            CatalogException.Kind.NOT_FOUND, shown + ": is a folder, not a session file");
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(SessionParser.MAX_BYTES + 1);
      }
      if (bytes.length > SessionParser.MAX_BYTES) {
        throw Files.isRegularFile(file)
            ? SessionParser.tooLarge(shown, Files.size(file))
            : SessionParser.tooLarge(shown);
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new CatalogException(CatalogException.Kind.NOT_FOUND, shown + ": no such file");
    } catch (AccessDeniedException e) {
      throw new CatalogException(CatalogException.Kind.NOT_FOUND, shown + ": permission denied");
    } catch (IOException e) {
      String why =
          e instanceof FileSystemException f && f.getReason() != null
              ? f.getReason()
              : e.getMessage();
      throw new CatalogException(
          CatalogException.Kind.UNREADABLE, shown + ": could not be read: " + why, e);
    }
  }

  private Optional<Entry> bundled(String id) {
    return Bundled.session(id)
        .map(
            bytes -> {
              try {
                return new Entry(
                    parser.parse(bytes, "bundled:" + id), Origin.BUNDLED, Optional.empty(), bytes);
              } catch (SessionFormatException e) {
                throw new IllegalStateException("bundled session is invalid: " + e.getMessage(), e);
              }
            });
  }

  private static List<Path> jsonFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
