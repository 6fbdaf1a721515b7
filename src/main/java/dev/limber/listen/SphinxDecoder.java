package dev.limber.listen;

import edu.cmu.sphinx.api.AbstractSpeechRecognizer;
import edu.cmu.sphinx.api.Configuration;
import edu.cmu.sphinx.api.Context;
import edu.cmu.sphinx.api.SpeechResult;
import edu.cmu.sphinx.result.WordResult;
import edu.cmu.sphinx.util.TimeFrame;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * CMU Sphinx4 with Limber's grammar ({@code limber.gram}: the wake word, then one command), its own
 * small dictionary and the en-us acoustic model. Loading takes about a second and 15 MB: do it off
 * the audio thread, and only when listening.
 */
public final class SphinxDecoder implements Decoder {
  // a folder of its own: the grammar is looked up as a folder, and the tests have a
  // dev/limber/listen
  private static final String HERE = "resource:/dev/limber/listen/sphinx/";

  /**
   * Sphinx4 logs through java.util.logging, which would draw on the full screen: its components log
   * as "sphinx.NAME" (after the configuration file's name), some classes by their own name. Held
   * here so that the JDK's weak logger table keeps the levels set.
   */
  private static final List<Logger> SPHINX =
      List.of(Logger.getLogger("sphinx"), Logger.getLogger("edu.cmu.sphinx"));

  private final Recognizer recognizer;
  private volatile boolean closed;

  /** Where the last speech heard ended, a command or not, in frames. */
  private long lastSpeech = -Heard.QUIET_BEFORE;

  private SphinxDecoder(Recognizer recognizer) {
    this.recognizer = recognizer;
  }

  /**
   * Loads the model and starts decoding {@code audio} (16 kHz, 16-bit, mono, little-endian PCM).
   *
   * @throws IOException when the model cannot be loaded
   */
  public static SphinxDecoder start(InputStream audio) throws IOException {
    SPHINX.forEach(l -> l.setLevel(Level.OFF));
    Configuration configuration = new Configuration();
    configuration.setAcousticModelPath("resource:/edu/cmu/sphinx/models/en-us/en-us");
    configuration.setDictionaryPath(HERE + "limber.dict");
    configuration.setGrammarPath(HERE);
    configuration.setGrammarName("limber");
    configuration.setUseGrammar(true);
    configuration.setSampleRate(Listening.SAMPLE_RATE);
    try {
      Recognizer recognizer = new Recognizer(new Context(HERE + "sphinx.xml", configuration));
      recognizer.begin(audio);
      return new SphinxDecoder(recognizer);
    } catch (RuntimeException e) {
      throw new IOException("the speech model did not load: " + e, e);
    }
  }

  @Override
  public Optional<Heard> next() throws IOException {
    while (!closed) {
      SpeechResult result;
      try {
        result = recognizer.getResult();
      } catch (RuntimeException e) {
        if (closed) {
          break;
        }
        throw new IOException("speech recognition failed: " + e, e);
      }
      if (result == null) {
        return Optional.empty(); // the stream ended
      }
      long quietBefore = lastSpeech;
      Optional<Heard> heard = heard(result);
      spoken(result).ifPresent(end -> lastSpeech = end);
      heard =
          heard.filter(Heard::longEnough).filter(h -> Heard.afterQuiet(h.start() - quietBefore));
      if (heard.isPresent()) {
        return heard;
      }
    }
    return Optional.empty();
  }

  /** Where the speech of a result ends, in frames: any words, the grammar's or not. */
  private static Optional<Long> spoken(SpeechResult result) {
    List<WordResult> words = result.getWords().stream().filter(w -> !w.isFiller()).toList();
    return words.isEmpty()
        ? Optional.empty()
        : Optional.of(
            words.get(words.size() - 1).getTimeFrame().getEnd() * (Listening.SAMPLE_RATE / 1000));
  }

  private static Optional<Heard> heard(SpeechResult result) {
    Optional<VoiceCommand> command = VoiceCommand.of(result.getHypothesis());
    if (command.isEmpty()) {
      return Optional.empty();
    }
    List<WordResult> words = result.getWords().stream().filter(w -> !w.isFiller()).toList();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    TimeFrame first = words.get(0).getTimeFrame();
    TimeFrame last = words.get(words.size() - 1).getTimeFrame();
    long perMs = Listening.SAMPLE_RATE / 1000;
    if (!Heard.joined((last.getStart() - first.getEnd()) * perMs)) {
      return Optional.empty();
    }
    return Optional.of(
        new Heard(
            command.get(),
            Math.max(0, first.getStart()) * perMs,
            Math.max(first.getStart(), last.getEnd()) * perMs));
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        recognizer.end();
      } catch (IllegalStateException e) {
        // still decoding on its own thread: it ends when its stream does
      }
    }
  }

  /** The stream recognizer, on our copy of the configuration (the stock one takes no file). */
  private static final class Recognizer extends AbstractSpeechRecognizer {
    Recognizer(Context context) throws IOException {
      super(context);
    }

    void begin(InputStream audio) {
      recognizer.allocate();
      context.setSpeechSource(audio, TimeFrame.INFINITE);
    }

    void end() {
      recognizer.deallocate();
    }
  }
}
