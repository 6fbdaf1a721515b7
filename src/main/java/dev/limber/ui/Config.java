package dev.limber.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.limber.session.Count;
import dev.limber.speech.VoiceSettings;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The settings chosen while playing, kept for next time in {@code config.json}: speech rate, volume
 * (a gain), counting mode and theme; and two the user sets by hand: {@code ratePain} (ask how the
 * back is before and after each run) and {@code streaks} ({@code false} hides streaks from the
 * history, for people who find them stressful) and {@code listen} (voice commands on, as with
 * {@code play --listen}). Each is optional; what the command line gives wins over it.
 */
public record Config(
    Optional<Integer> rate,
    Optional<Double> volume,
    Optional<Count> count,
    Optional<String> theme,
    Optional<Boolean> ratePain,
    Optional<Boolean> streaks,
    Optional<Boolean> listen) {
  public static final Config EMPTY =
      new Config(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
  private static final Set<String> FIELDS =
      Set.of("rate", "volume", "count", "theme", "ratePain", "streaks", "listen");

  /** These settings with what a run was played with; the settings the user set by hand are kept. */
  public Config played(
      int playedRate, double playedVolume, Optional<Count> playedCount, String playedTheme) {
    return new Config(
        Optional.of(playedRate),
        Optional.of(playedVolume),
        playedCount,
        Optional.of(playedTheme),
        ratePain,
        streaks,
        listen);
  }

  /**
   * Reads {@code file}. A missing file is no settings; a broken one is reported to {@code problem}
   * in one line, moved aside to {@code config.json.bad} (never overwritten: a number is added) and
   * ignored.
   */
  public static Config load(Path file, Consumer<String> problem) {
    if (!Files.exists(file)) {
      return EMPTY;
    }
    try {
      if (Files.size(file) > 64 * 1024) {
        throw new IllegalArgumentException("larger than 64 KB");
      }
      return parse(Files.readString(file));
    } catch (IOException | IllegalArgumentException e) {
      String why =
          e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
      problem.accept(
          file
              + ": "
              + why.lines().findFirst().orElse("unreadable")
              + "; ignored, kept as "
              + setAside(file).getFileName());
      return EMPTY;
    }
  }

  static Config parse(String text) throws JsonProcessingException {
    JsonNode root = Json.MAPPER.readTree(text);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException("unknown setting '" + Printable.of(name) + "'");
      }
    }
    Optional<Integer> rate =
        Optional.ofNullable(root.get("rate"))
            .map(
                n -> {
                  int r = n.isInt() ? n.intValue() : -1;
                  if (r < VoiceSettings.SLOWEST_RATE || r > VoiceSettings.FASTEST_RATE) {
                    throw new IllegalArgumentException(
                        "rate must be from "
                            + VoiceSettings.SLOWEST_RATE
                            + " to "
                            + VoiceSettings.FASTEST_RATE);
                  }
                  return r;
                });
    Optional<Double> volume =
        Optional.ofNullable(root.get("volume"))
            .map(
                n -> {
                  double v = n.isNumber() ? n.doubleValue() : -1;
                  if (!(v >= 0 && v <= VoiceSettings.MAX_VOLUME)) {
                    throw new IllegalArgumentException(
                        "volume must be from 0 to " + VoiceSettings.MAX_VOLUME);
                  }
                  return v;
                });
    Optional<Count> count =
        Optional.ofNullable(root.get("count"))
            .map(
                n -> {
                  for (Count c : Count.values()) {
                    if (n.isTextual() && c.jsonName().equals(n.textValue())) {
                      return c;
                    }
                  }
                  throw new IllegalArgumentException(
                      "count must be up, down, last5, breaths or none");
                });
    Optional<String> theme =
        Optional.ofNullable(root.get("theme"))
            .map(
                n -> {
                  if (!n.isTextual()
                      || !(n.textValue().equals(Theme.DEFAULT)
                          || n.textValue().equals(Theme.HIGH_CONTRAST))) {
                    throw new IllegalArgumentException("theme must be default or high-contrast");
                  }
                  return n.textValue();
                });
    return new Config(
        rate,
        volume,
        count,
        theme,
        flag(root, "ratePain"),
        flag(root, "streaks"),
        flag(root, "listen"));
  }

  private static Optional<Boolean> flag(JsonNode root, String name) {
    return Optional.ofNullable(root.get(name))
        .map(
            n -> {
              if (!n.isBoolean()) {
                throw new IllegalArgumentException(name + " must be true or false");
              }
              return n.booleanValue();
            });
  }

  /** The settings as JSON, one per line. */
  String json() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    rate.ifPresent(r -> root.put("rate", r));
    volume.ifPresent(v -> root.put("volume", Math.round(v * 100) / 100.0));
    count.ifPresent(c -> root.put("count", c.jsonName()));
    theme.ifPresent(t -> root.put("theme", t));
    ratePain.ifPresent(r -> root.put("ratePain", r));
    streaks.ifPresent(b -> root.put("streaks", b));
    listen.ifPresent(b -> root.put("listen", b));
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of numbers and strings always writes", e);
    }
  }

  /**
   * Writes the settings to {@code file} atomically: to a new temporary file in the same folder,
   * then renamed over the old one, so a crash leaves the old file or the new one, never half of
   * one.
   */
  public void save(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, ".config-", ".json.tmp");
    try {
      Files.writeString(temp, json());
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static Path setAside(Path file) {
    Path bad = file.resolveSibling(file.getFileName() + ".bad");
    for (int n = 2; Files.exists(bad); n++) {
      bad = file.resolveSibling(file.getFileName() + ".bad." + n);
    }
    try {
      Files.move(file, bad);
    } catch (IOException e) {
      return file; // could not move it: it stays where it is, still ignored
    }
    return bad;
  }

  /**
   * Jackson, made only when there is a file to read or write: it costs start-up time that most
   * plays need not spend.
   */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }
}
