package dev.limber.catalog;

import dev.limber.Exit;
import dev.limber.LimberException;
import dev.limber.session.Problem;
import dev.limber.session.Session;
import dev.limber.session.SessionFormatException;
import dev.limber.session.SessionParser;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
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

  /** A session found, with where it came from. */
  public record Entry(Session session, Origin origin, String location) {}

  /** Every session found by id, and the faults of files in the session folders that are not valid. */
  public record Listing(List<Entry> entries, List<Problem> problems) {}

  public Listing list() {
    Map<String, Entry> byId = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Origin origin : List.of(Origin.PROJECT, Origin.USER)) {
      for (Path file : jsonFiles(origin == Origin.PROJECT ? projectSessions : userSessions)) {
        try {
          Entry entry = new Entry(parser.parse(read(file), file.toString()), origin, file.toString());
          byId.putIfAbsent(entry.session().id(), entry);
        } catch (SessionFormatException e) {
          problems.addAll(e.problems());
        } catch (LimberException e) {
          problems.add(new Problem(file.toString(), 1, 1, "$", e.getMessage()));
        }
      }
    }
    for (String id : Bundled.SESSION_IDS) {
      if (!byId.containsKey(id)) {
        byId.put(id, bundled(id).orElseThrow());
      }
    }
    return new Listing(List.copyOf(byId.values()), problems);
  }

  /**
   * A session named by a path (anything with a slash or ending in {@code .json}) or by an id.
   *
   * @throws LimberException 66 when no such file or id exists, 74 when the file cannot be read
   * @throws SessionFormatException when the session is not valid
   */
  public Entry resolve(String nameOrPath) throws SessionFormatException {
    if (nameOrPath.contains("/") || nameOrPath.endsWith(".json") || Files.isRegularFile(Path.of(nameOrPath))) {
      return load(Path.of(nameOrPath));
    }
    for (Path folder : List.of(projectSessions, userSessions)) {
      for (Path file : jsonFiles(folder)) {
        if (file.getFileName().toString().equals(nameOrPath + ".json")) {
          return new Entry(load(file).session(), folder == projectSessions ? Origin.PROJECT : Origin.USER, file.toString());
        }
      }
    }
    // a file whose name differs from its id is still found by the id that 'list' shows
    Optional<Entry> listed = list().entries().stream().filter(e -> e.session().id().equals(nameOrPath)).findFirst();
    if (listed.isPresent()) {
      return listed.get();
    }
    throw new LimberException(Exit.NO_INPUT, nameOrPath + ": no such session file or session id (see 'limber list')");
  }

  /** Reads and checks one session file. */
  public Entry load(Path file) throws SessionFormatException {
    return new Entry(parser.parse(read(file), file.toString()), Origin.FILE, file.toString());
  }

  /** Reads a file, refusing directories and oversize files before reading them whole. */
  public static byte[] read(Path file) throws SessionFormatException {
    try {
      if (Files.isDirectory(file)) {
        throw new LimberException(Exit.NO_INPUT, file + ": is a folder, not a session file");
      }
      if (Files.size(file) > SessionParser.MAX_BYTES) {
        throw SessionParser.tooLarge(file.toString(), Files.size(file));
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new LimberException(Exit.NO_INPUT, file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new LimberException(Exit.NO_INPUT, file + ": permission denied");
    } catch (IOException e) {
      throw new LimberException(Exit.IO, file + ": could not be read: " + e.getMessage(), e);
    }
  }

  private Optional<Entry> bundled(String id) {
    return Bundled.session(id).map(bytes -> {
      try {
        return new Entry(parser.parse(bytes, "bundled:" + id), Origin.BUNDLED, "bundled:" + id);
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
      return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
