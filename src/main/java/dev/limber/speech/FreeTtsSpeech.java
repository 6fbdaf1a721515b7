package dev.limber.speech;

import com.sun.speech.freetts.Voice;
import dev.limber.audio.Pcm;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The FreeTTS {@code kevin16} voice ({@link KevinVoice}: with flite's diphones for consonant
 * clusters). One voice is allocated once and driven from one thread of its own (two threads on one
 * voice interleave their audio); callers from any thread wait for it.
 */
public final class FreeTtsSpeech implements Speech {
  /** The 16 kHz voice bundled with FreeTTS; clips are cached under its name. */
  public static final String VOICE = "kevin16";

  /**
   * Below this level a sample at either end counts as the voice's own leading or trailing silence.
   */
  private static final int SILENCE = 64;

  /**
   * Kept before the first sample over {@link #SILENCE}: 70 ms. A soft onset (the /l/ of "Let", the
   * closure before the /k/ of "Quiet") rises from under that level, and cut there a recognizer
   * heard "Next: Quiet rest." as "next why breast" and "Next: Legs up on a chair." as "next up
   * where does obama care" (issue 12's sixth round: previews 0.42 trimmed at the level, 0.24 with
   * this).
   */
  private static final int ONSET = (int) Pcm.frames(0.07);

  /**
   * Held here: java.util.logging keeps loggers weakly, and a collected one would forget its level.
   */
  private static final Logger FREETTS_LOG = Logger.getLogger("com.sun.speech.freetts");

  /**
   * One thread; a pool of our own so that {@link #close} can empty its queue without interrupts.
   */
  private final ThreadPoolExecutor thread =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.MILLISECONDS,
          new LinkedBlockingQueue<>(),
          r -> {
            Thread t = new Thread(r, "freetts");
            t.setDaemon(true);
            return t;
          });

  private final CapturingPlayer player = new CapturingPlayer();
  private final Voice voice;

  private FreeTtsSpeech(Voice voice) {
    this.voice = voice;
  }

  /** Loads and allocates the voice (about 0.2 s) with its own lexicon. */
  public static FreeTtsSpeech start() {
    return start(Lexicon.none());
  }

  /**
   * Loads and allocates the voice (about 0.2 s), the words {@code lexicon} lists with phones added
   * to the voice's own lexicon; its respellings are for {@link PhrasedSpeech}.
   */
  public static FreeTtsSpeech start(Lexicon lexicon) {
    FREETTS_LOG.setLevel(Level.OFF);
    Voice voice = quietly(KevinVoice::new);
    FreeTtsSpeech speech = new FreeTtsSpeech(voice);
    quietly(
        () -> {
          voice.allocate();
          voice.setAudioPlayer(speech.player);
          // a part of speech of null is the one FreeTTS looks up for every word
          lexicon
              .phones()
              .forEach(
                  (word, phones) ->
                      voice.getLexicon().addAddendum(word, null, phones.toArray(String[]::new)));
          return null;
        });
    return speech;
  }

  @Override
  public Pcm synthesize(String text, VoiceSettings settings) {
    String plain = TextNormalizer.normalize(text);
    if (plain.isEmpty()) {
      return Pcm.EMPTY;
    }
    Future<short[]> result =
        thread.submit(
            () -> {
              player.take();
              voice.setRate(SpeakingRate.freeTts(settings.rate()));
              voice.setPitch(settings.pitch());
              if (!voice.speak(plain)) {
                throw new SpeechException("FreeTTS could not say \"" + plain + "\"", null);
              }
              return player.take();
            });
    try {
      return new Pcm(trim(result.get()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SpeechException("interrupted while speaking", e);
    } catch (java.util.concurrent.CancellationException e) {
      throw new SpeechException("the speech engine was closed", e);
    } catch (ExecutionException e) {
      throw new SpeechException(what(e.getCause()), e.getCause());
    }
  }

  private static short[] trim(short[] samples) {
    int start = 0;
    int end = samples.length;
    while (start < end && Math.abs(samples[start]) < SILENCE) {
      start++;
    }
    while (end > start && Math.abs(samples[end - 1]) < SILENCE) {
      end--;
    }
    start = Math.max(0, start - ONSET);
    return java.util.Arrays.copyOfRange(samples, start, end);
  }

  @Override
  public void close() {
    // anyone still waiting for a clip gets a cancellation rather than waiting for ever; the phrase
    // being spoken is let finish, since FreeTTS prints "Wait interrupted" to standard error when
    // its thread is interrupted (shutdownNow would), which a signal's clean ending must not show
    thread.shutdown(); // first, so that nothing is queued after the queue is emptied
    List<Runnable> queued = new ArrayList<>();
    thread.getQueue().drainTo(queued);
    for (Runnable task : queued) {
      if (task instanceof Future<?> future) {
        future.cancel(false);
      }
    }
    try {
      thread.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    voice.deallocate();
  }

  /**
   * FreeTTS prints to standard output and error while loading; that would corrupt a full-screen UI
   * or a WAV on stdout.
   */
  private static <T> T quietly(java.util.concurrent.Callable<T> action) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    synchronized (System.class) {
      System.setOut(nowhere);
      System.setErr(nowhere);
      try {
        return action.call();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new SpeechException("FreeTTS did not start (" + what(e) + ")", e);
      } finally {
        System.setOut(out);
        System.setErr(err);
      }
    }
  }

  /**
   * A failure's own words, or its kind when it has none; the caller already says FreeTTS failed.
   */
  private static String what(Throwable failure) {
    return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
  }
}
