package dev.limber.bench;

import edu.cmu.sphinx.api.Configuration;
import edu.cmu.sphinx.api.SpeechResult;
import edu.cmu.sphinx.api.StreamSpeechRecognizer;
import edu.cmu.sphinx.frontend.FrontEnd;
import edu.cmu.sphinx.frontend.feature.LiveCMN;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Word error rate of the clips {@code scripts/wer.py} wrote ({@code CLIPS=DIR}), heard by a second
 * recognizer: Sphinx4 with the en-us acoustic model, cmudict and the general en-us language model.
 *
 * <p>Run with the whole sphinx4-data jar ahead of limber's shaded jar (which leaves the language
 * model, dictionary and model definition out): {@code java -cp
 * target/test-classes:~/.m2/.../sphinx4-data-1.0.0.jar:target/limber.jar
 * dev.limber.bench.Sphinx4Wer DIR...}. Sphinx4's live cepstral mean and speech classifier adapt to
 * what they heard before, so each clip is decoded from their initial state ({@link
 * Recognizer#forget}) and its result depends on the clip alone; {@code FRESH=1} instead loads a
 * recognizer for every clip and lets it hear the clip once first, as {@code FRESH=1 scripts/wer.py}
 * does (twice as slow). {@code VERBOSE=1} prints every phrase with what was heard.
 */
public final class Sphinx4Wer {
  private static final String MODELS = "resource:/edu/cmu/sphinx/models/en-us/";
  private static final List<Logger> SPHINX =
      List.of(Logger.getLogger("sphinx"), Logger.getLogger("edu.cmu.sphinx"), Logger.getLogger(""));

  private Sphinx4Wer() {}

  public static void main(String[] args) throws Exception {
    SPHINX.forEach(l -> l.setLevel(Level.OFF));
    boolean fresh = "1".equals(System.getenv("FRESH"));
    boolean verbose = "1".equals(System.getenv("VERBOSE"));
    Recognizer recognizer = fresh ? null : new Recognizer();
    for (String dir : args) {
      Tally tally = new Tally();
      for (String line : Files.readAllLines(Path.of(dir, "clips.tsv"))) {
        String[] f = line.split("\t", 3);
        Path wav = Path.of(dir, f[0]);
        Recognizer r = recognizer;
        if (fresh) {
          r = new Recognizer();
          decode(r, wav);
        } else {
          r.forget();
        }
        String hyp = decode(r, wav);
        tally.add(f[1], words(f[2]), words(hyp));
        if (verbose) {
          System.out.printf("%s\t%s\t%s%n", f[1], f[2], hyp);
        }
      }
      System.out.println(dir);
      System.out.println();
      System.out.print(tally.table());
      System.out.println();
    }
  }

  private static Configuration configuration() {
    Configuration c = new Configuration();
    c.setAcousticModelPath(MODELS + "en-us");
    c.setDictionaryPath(MODELS + "cmudict-en-us.dict");
    c.setLanguageModelPath(MODELS + "en-us.lm.bin");
    c.setSampleRate(16000);
    return c;
  }

  /** Sphinx4's stream recognizer with the stock configuration, and a way to make it forget. */
  static final class Recognizer extends StreamSpeechRecognizer {
    Recognizer() throws IOException {
      super(configuration());
    }

    /**
     * Back to the front end's initial state: the speech classifier's background level and the
     * end-pointer reset on initialize(); LiveCMN does not, and measures its first mean again from
     * the next clip's opening frames only when its list of them is null.
     */
    void forget() throws ReflectiveOperationException {
      context.getInstance(FrontEnd.class).initialize();
      java.lang.reflect.Field initial = LiveCMN.class.getDeclaredField("initialList");
      initial.setAccessible(true);
      initial.set(context.getInstance(LiveCMN.class), null);
    }
  }

  /** Every utterance Sphinx4 finds in the clip (its end-pointer may split a phrase), joined. */
  private static String decode(StreamSpeechRecognizer r, Path wav) throws IOException {
    try (InputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
      r.startRecognition(in);
      StringBuilder hyp = new StringBuilder();
      for (SpeechResult s = r.getResult(); s != null; s = r.getResult()) {
        hyp.append(' ').append(s.getHypothesis());
      }
      r.stopRecognition();
      return hyp.toString().trim();
    } catch (UnsupportedAudioFileException e) {
      throw new IOException(wav + ": " + e.getMessage(), e);
    }
  }

  /**
   * The words of a phrase as wer.py counts them: lower case, hyphens split, punctuation dropped.
   */
  static List<String> words(String text) {
    String plain =
        text.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("[^a-z' ]", " ").trim();
    return plain.isEmpty() ? List.of() : Arrays.asList(plain.split("\\s+"));
  }

  /** Levenshtein distance over words: substitutions, insertions and deletions. */
  static int distance(List<String> ref, List<String> hyp) {
    int[] d = new int[hyp.size() + 1];
    for (int j = 0; j <= hyp.size(); j++) {
      d[j] = j;
    }
    for (int i = 1; i <= ref.size(); i++) {
      int prev = d[0];
      d[0] = i;
      for (int j = 1; j <= hyp.size(); j++) {
        int cur =
            Math.min(
                Math.min(d[j] + 1, d[j - 1] + 1),
                prev + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1));
        prev = d[j];
        d[j] = cur;
      }
    }
    return d[hyp.size()];
  }

  /** Errors and reference words per kind of phrase. */
  static final class Tally {
    private final Map<String, int[]> kinds = new TreeMap<>();

    void add(String kind, List<String> ref, List<String> hyp) {
      int[] k = kinds.computeIfAbsent(kind, x -> new int[2]);
      k[0] += distance(ref, hyp);
      k[1] += ref.size();
    }

    /** A Markdown table as wer.py prints it: kind, words, WER; then all kinds together. */
    String table() {
      List<String> rows =
          new ArrayList<>(List.of("| kind | phrases words | WER |", "| --- | --- | --- |"));
      int errors = 0;
      int total = 0;
      for (Map.Entry<String, int[]> e : kinds.entrySet()) {
        rows.add(row(e.getKey(), e.getValue()[0], e.getValue()[1]));
        errors += e.getValue()[0];
        total += e.getValue()[1];
      }
      rows.add(row("all", errors, total));
      return String.join("\n", rows) + "\n";
    }

    private static String row(String kind, int errors, int words) {
      return String.format(Locale.ROOT, "| %s | %d | %.2f |", kind, words, (double) errors / words);
    }
  }
}
