package dev.limber.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Respellings for words the voice says badly, such as "hamstring" as "ham string". One entry a
 * line, {@code word = respelling}; {@code #} starts a comment. The bundled list covers the bundled
 * sessions; a user's own file adds to it and wins where both name a word. Words match whole and
 * regardless of case; the respelling keeps a capital where the word had one.
 */
public final class Lexicon {
  /** The user's own file, in the config folder. */
  public static final String FILE_NAME = "lexicon.txt";

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z']*");

  private final Map<String, String> respellings;

  private Lexicon(Map<String, String> respellings) {
    this.respellings = Map.copyOf(respellings);
  }

  public static Lexicon none() {
    return new Lexicon(Map.of());
  }

  /** The bundled respellings, and the user's file over them when it exists. */
  public static Lexicon bundledWith(Path userFile) {
    Map<String, String> entries = new LinkedHashMap<>();
    try (InputStream in = Lexicon.class.getResourceAsStream("/limber/lexicon.txt")) {
      if (in != null) {
        parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), entries);
      }
      if (userFile != null && Files.isRegularFile(userFile)) {
        parse(Files.readString(userFile, StandardCharsets.UTF_8), entries);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Lexicon(entries);
  }

  /**
   * A lexicon of the entries in {@code text}; lines that are not {@code word = respelling} are
   * ignored.
   */
  public static Lexicon of(String text) {
    Map<String, String> entries = new LinkedHashMap<>();
    parse(text, entries);
    return new Lexicon(entries);
  }

  /** A short digest of the entries: clips made with another lexicon are other clips. */
  public String digest() {
    StringBuilder all = new StringBuilder();
    new java.util.TreeMap<>(respellings)
        .forEach((w, r) -> all.append(w).append('=').append(r).append('\n'));
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(all.toString().getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code text} with every listed word replaced by its respelling. */
  public String respell(String text) {
    if (respellings.isEmpty()) {
      return text;
    }
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    while (m.find()) {
      String word = m.group();
      String respelling = respellings.get(word.toLowerCase(Locale.ROOT));
      if (respelling != null && Character.isUpperCase(word.charAt(0))) {
        respelling = Character.toUpperCase(respelling.charAt(0)) + respelling.substring(1);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(respelling == null ? word : respelling));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static void parse(String text, Map<String, String> entries) {
    for (String line : text.split("\\R")) {
      String entry = line.replaceFirst("#.*", "").trim();
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String word = entry.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      String respelling = entry.substring(eq + 1).trim();
      if (WORD.matcher(word).matches()
          && !respelling.isEmpty()
          && TextNormalizer.normalize(respelling).equals(respelling)) {
        entries.put(word, respelling);
      }
    }
  }
}
