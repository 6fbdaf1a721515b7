package dev.limber.playback;

import dev.limber.audio.AudioSink;
import dev.limber.audio.Pcm;
import dev.limber.audio.SilentSink;
import dev.limber.audio.Wav;
import dev.limber.catalog.Bundled;
import dev.limber.catalog.DataDirs;
import dev.limber.speech.CalmVoice;
import dev.limber.speech.ClipCache;
import dev.limber.speech.Lexicon;
import dev.limber.speech.Speech;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything outside the program that playing needs, made once: by the command line for the real
 * machine, by a test with a fake voice, memory sinks and a fixed clock. Every run of a process
 * shares it; closing it stops the voice.
 *
 * @param speech the voice, behind its clip cache; safe from any thread
 * @param sounds a sound of the audio folder by name, such as {@code chime.wav}
 * @param devices opens the sound card
 * @param silence a sink that plays nothing at the pace of a sound card, for captions alone
 * @param clock the wall clock, for when a run started and ended (an instant: no time zone is looked
 *     up)
 * @param background runs compiles: the session behind its opening chime, a new speech rate
 * @param dirs where the user's data lives
 */
public record Wiring(
    Speech speech,
    Function<String, Pcm> sounds,
    DeviceOpener devices,
    Supplier<AudioSink> silence,
    Clock clock,
    Executor background,
    DataDirs dirs)
    implements AutoCloseable {

  /**
   * The real machine: FreeTTS behind the clip cache, the sound cards, the system clock; what is
   * wrong with the user's lexicon goes to {@code warnings}, a line each.
   */
  public static Wiring live(DataDirs dirs, Consumer<String> warnings) {
    // the calm voice: phrased, respelled from the lexicon (the bundled one and the user's),
    // levelled, cached
    Speech speech =
        CalmVoice.cached(
            new ClipCache(dirs.cache().resolve("clips")),
            dirs.sessions().resolveSibling(Lexicon.FILE_NAME),
            warnings);
    return new Wiring(
        speech,
        Wiring::bundledSound,
        DeviceOpener.soundCards(),
        SilentSink::new,
        Clock.systemUTC(),
        Wiring::onThreadOfItsOwn,
        dirs);
  }

  /** The same wiring with another way to open the sound card, such as one that times it. */
  public Wiring withDevices(DeviceOpener opener) {
    return new Wiring(speech, sounds, opener, silence, clock, background, dirs);
  }

  /** Compiles sessions with this wiring's voice and sounds. */
  public Programs programs() {
    return new Programs(speech, sounds);
  }

  @Override
  public void close() {
    speech.close();
  }

  /**
   * Each compile on a thread of its own that ends with it, so nothing outlives its run. Not the
   * common pool: on two cores it has one worker, and a slow compile would hold up the next.
   */
  private static void onThreadOfItsOwn(Runnable task) {
    Thread thread = new Thread(task, "limber-compile");
    thread.setDaemon(true);
    thread.start();
  }

  private static Pcm bundledSound(String name) {
    // the session format only accepts names of bundled sounds, so a missing one is a broken build
    byte[] bytes =
        Bundled.sound(name)
            .orElseThrow(() -> new IllegalStateException("no bundled sound " + name));
    try {
      return Wav.read(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled sound " + name + " is broken", e);
    }
  }
}
