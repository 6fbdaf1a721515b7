package dev.limber.cli;

import dev.limber.Exit;
import dev.limber.LimberException;
import dev.limber.audio.Pcm;
import dev.limber.audio.Wav;
import dev.limber.catalog.Bundled;
import dev.limber.engine.Acknowledgements;
import dev.limber.engine.ClipLibrary;
import dev.limber.session.Session;
import dev.limber.speech.CachedSpeech;
import dev.limber.speech.CalmVoice;
import dev.limber.speech.ClipCache;
import dev.limber.speech.Lexicon;
import dev.limber.speech.Speech;
import dev.limber.speech.VoiceSettings;
import dev.limber.timeline.Timeline;
import dev.limber.timeline.TimelineCompiler;
import dev.limber.timeline.TimelineSettings;
import dev.limber.engine.Program;
import java.io.IOException;

/**
 * Wires speech for the commands: the FreeTTS voice behind the clip cache, and a session compiled
 * with every clip it needs already synthesized.
 */
final class Speaker implements AutoCloseable {
  private final CachedSpeech speech;

  Speaker(Context context) {
    this.speech = CalmVoice.cached(new ClipCache(context.dirs().cache().resolve("clips")), context.dirs().sessions().resolveSibling(Lexicon.FILE_NAME));
  }

  Speech speech() {
    return speech;
  }

  /**
   * A session ready to play at the voice's rate: compiled, every clip synthesized, and the
   * phrases that acknowledge keys made in advance so each key is answered at once.
   */
  Program playable(Session session, TimelineSettings settings, VoiceSettings voice) {
    Program program = program(session, settings, voice);
    Acknowledgements.all(session).forEach(program.phrases()::say);
    return program;
  }

  /** The opening chime alone, ready at once: playback starts with it while the session compiles. */
  Program opening(Session session, VoiceSettings voice) {
    ClipLibrary clips = new ClipLibrary(speech, voice, Speaker::sound);
    return new Program(session, TimelineCompiler.opening(clips), clips, text -> clips.speech(text, voice.rate()), voice.rate());
  }

  /** A session compiled with its clips; phrases for commands are synthesized only if asked for. */
  Program program(Session session, TimelineSettings settings, VoiceSettings voice) {
    // compiling asks the library for every clip's length, so it synthesizes them all on the way
    ClipLibrary clips = new ClipLibrary(speech, voice, Speaker::sound);
    Timeline timeline = TimelineCompiler.compile(session, settings, clips);
    return new Program(session, timeline, clips, text -> clips.speech(text, voice.rate()), voice.rate());
  }

  /** A sound of the bundled audio folder. */
  static Pcm sound(String name) {
    byte[] bytes = Bundled.sound(name)
        .orElseThrow(() -> new LimberException(Exit.DATA, "no sound named \"" + name + "\" in the audio folder"));
    try {
      return Wav.read(bytes);
    } catch (IOException e) {
      throw new LimberException(Exit.DATA, "audio/" + name + ": " + e.getMessage());
    }
  }

  @Override
  public void close() {
    speech.close();
  }
}
