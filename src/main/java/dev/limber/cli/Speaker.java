package dev.limber.cli;

import dev.limber.Exit;
import dev.limber.LimberException;
import dev.limber.audio.Pcm;
import dev.limber.audio.Wav;
import dev.limber.catalog.Bundled;
import dev.limber.engine.ClipLibrary;
import dev.limber.session.Session;
import dev.limber.speech.CachedSpeech;
import dev.limber.speech.ClipCache;
import dev.limber.speech.FreeTtsSpeech;
import dev.limber.speech.Speech;
import dev.limber.speech.VoiceSettings;
import dev.limber.timeline.Timeline;
import dev.limber.timeline.TimelineCompiler;
import dev.limber.timeline.TimelineSettings;
import java.io.IOException;

/**
 * Wires speech for the commands: the FreeTTS voice behind the clip cache, and a session compiled
 * with every clip it needs already synthesized.
 */
final class Speaker implements AutoCloseable {
  private final CachedSpeech speech;

  Speaker(Context context) {
    this.speech = new CachedSpeech("kevin16", FreeTtsSpeech::start, new ClipCache(context.dirs().cache().resolve("clips")));
  }

  Speech speech() {
    return speech;
  }

  /** A compiled session and the clips it plays. */
  record Compiled(Timeline timeline, ClipLibrary clips) {}

  Compiled compile(Session session, TimelineSettings settings, VoiceSettings voice) {
    ClipLibrary clips = new ClipLibrary(speech, voice, Speaker::sound);
    return new Compiled(TimelineCompiler.compile(session, settings, clips), clips);
  }

  int synthesizedCount() {
    return speech.synthesizedCount();
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
