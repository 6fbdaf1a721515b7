package dev.limber.speech;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to say words the voice says badly. One entry a line: {@code word = respelling} (such as
 * {@code basics = bay sicks}) or {@code word = /phones/} in the voice's CMU phones, a vowel marked
 * 1 where it is stressed (such as {@code quiet = /k w ay1 ax t/}); {@code #} starts a comment. The
 * bundled list covers the bundled sessions; a user's own file adds to it and wins where both name a
 * word. Words match whole and regardless of case; a respelling keeps a capital where the word had
 * one. A line that is neither an entry, a comment nor blank is an error, with its file and line.
 */
public final class Lexicon {
  /** The user's own file, in the config folder. */
  public static final String FILE_NAME = "lexicon.txt";

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z']*");

  /** The phones of FreeTTS's US English voices (CMU), without stress. */
  private static final Set<String> PHONES =
      Set.of(
          "aa", "ae", "ah", "ao", "aw", "ax", "axr", "ay", "b", "ch", "d", "dh", "eh", "el", "em",
          "en", "er", "ey", "f", "g", "hh", "ih", "iy", "jh", "k", "l", "m", "n", "ng", "ow", "oy",
          "p", "r", "s", "sh", "t", "th", "uh", "uw", "v", "w", "y", "z", "zh");

  private static final Set<String> VOWELS =
      Set.of(
          "aa", "ae", "ah", "ao", "aw", "ax", "axr", "ay", "eh", "el", "em", "en", "er", "ey", "ih",
          "iy", "ow", "oy", "uh", "uw");

  private final Map<String, String> respellings;
  private final Map<String, List<String>> phones;

  private Lexicon(Map<String, String> respellings, Map<String, List<String>> phones) {
    this.respellings = Map.copyOf(respellings);
    this.phones = Map.copyOf(phones);
  }

  public static Lexicon none() {
    return new Lexicon(Map.of(), Map.of());
  }

  /**
   * The bundled entries, and the user's file over them when it exists. A line of the user's file
   * that is not an entry is told to {@code warnings} with its file and line, and left out: a typo
   * in one word must not keep a session from playing.
   *
   * @throws LexiconException for a line of the bundled file that is not an entry (a broken build)
   */
  public static Lexicon bundledWith(Path userFile, Consumer<String> warnings) {
    Builder entries = new Builder();
    try (InputStream in = Lexicon.class.getResourceAsStream("/limber/lexicon.txt")) {
      if (in != null) {
        entries.parse(
            "lexicon.txt (bundled)", new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
      }
      if (userFile != null && Files.isRegularFile(userFile)) {
        entries.parse(
            userFile.toString(), Files.readString(userFile, StandardCharsets.UTF_8), warnings);
      }
    } catch (IOException e) {
      warnings.accept(userFile + ": cannot be read (" + e.getMessage() + "); it is not used");
    }
    return entries.build();
  }

  /**
   * A lexicon of the entries in {@code text}, read as the file {@code source}.
   *
   * @throws LexiconException for a line that is not an entry
   */
  public static Lexicon of(String source, String text) {
    Builder entries = new Builder();
    entries.parse(source, text, null);
    return entries.build();
  }

  /** A short digest of the entries: clips made with another lexicon are other clips. */
  public String digest() {
    StringBuilder all = new StringBuilder();
    new TreeMap<>(respellings).forEach((w, r) -> all.append(w).append('=').append(r).append('\n'));
    new TreeMap<>(phones)
        .forEach((w, p) -> all.append(w).append("=/").append(String.join(" ", p)).append("/\n"));
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(all.toString().getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code text} with every word listed with a respelling replaced by it. */
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

  /**
   * The words listed with phones, lower case, each with its phones as the voice's lexicon takes
   * them (a stressed vowel ends in 1).
   */
  public Map<String, List<String>> phones() {
    return phones;
  }

  /** Entries in the order read; a later one for the same word replaces the earlier. */
  private static final class Builder {
    private final Map<String, String> respellings = new LinkedHashMap<>();
    private final Map<String, List<String>> phones = new LinkedHashMap<>();

    /**
     * Reads {@code text}; a bad line throws, or with {@code problems} is told there and skipped.
     */
    void parse(String source, String text, Consumer<String> problems) {
      String[] lines = text.split("\\R", -1);
      for (int i = 0; i < lines.length; i++) {
        String entry = lines[i].replaceFirst("#.*", "").trim();
        if (entry.isEmpty()) {
          continue;
        }
        try {
          add(entry, source + " line " + (i + 1));
        } catch (LexiconException e) {
          if (problems == null) {
            throw e;
          }
          problems.accept(e.getMessage() + "; the line is left out");
        }
      }
    }

    private void add(String entry, String where) {
      int eq = entry.indexOf('=');
      if (eq < 0) {
        throw new LexiconException(where + ": expected word = respelling or word = /phones/");
      }
      String word = entry.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      String said = entry.substring(eq + 1).trim();
      if (!WORD.matcher(word).matches()) {
        throw new LexiconException(
            where + ": \"" + word + "\" is not a word (letters and apostrophes)");
      }
      if (said.startsWith("/")) {
        phones.put(word, phones(said, where));
        respellings.remove(word);
      } else if (said.isEmpty() || !TextNormalizer.normalize(said).equals(said)) {
        throw new LexiconException(
            where + ": the respelling of \"" + word + "\" must be plain English letters");
      } else {
        respellings.put(word, said);
        phones.remove(word);
      }
    }

    private static List<String> phones(String said, String where) {
      if (said.length() < 3 || !said.endsWith("/")) {
        throw new LexiconException(where + ": phones go between slashes, such as /n iy1/");
      }
      List<String> out =
          Arrays.stream(said.substring(1, said.length() - 1).trim().split("\\s+"))
              .map(p -> phone(p.toLowerCase(Locale.ROOT), where))
              .toList();
      if (out.stream().noneMatch(p -> VOWELS.contains(p.replaceFirst("1$", "")))) {
        throw new LexiconException(where + ": the phones " + said + " have no vowel");
      }
      return out;
    }

    /** A phone as FreeTTS spells it: CMU secondary stress (2) counts as stress, 0 as none. */
    private static String phone(String p, String where) {
      String bare = p.replaceFirst("[012]$", "");
      boolean stressed = p.endsWith("1") || p.endsWith("2");
      if (!PHONES.contains(bare) || (!bare.equals(p) && !VOWELS.contains(bare))) {
        throw new LexiconException(
            where
                + ": \""
                + p
                + "\" is not a phone (CMU phones such as hh ae1 m, stress on vowels)");
      }
      return stressed ? bare + "1" : bare;
    }

    Lexicon build() {
      return new Lexicon(respellings, phones);
    }
  }
}
