package dev.limber.playback;

import dev.limber.audio.Pcm;
import dev.limber.engine.Acknowledgements;
import dev.limber.engine.ClipLibrary;
import dev.limber.engine.Program;
import dev.limber.session.Session;
import dev.limber.speech.Speech;
import dev.limber.speech.VoiceSettings;
import dev.limber.timeline.Timeline;
import dev.limber.timeline.TimelineCompiler;
import dev.limber.timeline.TimelineSettings;
import java.util.function.Function;

/**
 * Compiles sessions into programs the engine plays: the timeline with every clip it needs
 * synthesized.
 */
public final class Programs {
  private final Speech speech;
  private final Function<String, Pcm> sounds;

  /**
   * @param sounds a sound of the audio folder by name, such as {@code chime.wav}
   */
  public Programs(Speech speech, Function<String, Pcm> sounds) {
    this.speech = speech;
    this.sounds = sounds;
  }

  /**
   * A session ready to play: compiled, every clip synthesized, and the phrases that answer commands
   * made in advance so each key is answered at once.
   */
  public Program playable(Session session, TimelineSettings settings, VoiceSettings voice) {
    Program program = program(session, settings, voice);
    prepareAnswers(program);
    return program;
  }

  /** Makes every phrase that answers a command while {@code program} plays. */
  public void prepareAnswers(Program program) {
    Acknowledgements.all(program).forEach(program.phrases()::say);
  }

  /** The opening chime alone, ready at once: playback starts with it while the session compiles. */
  public Program opening(Session session, VoiceSettings voice) {
    ClipLibrary clips = new ClipLibrary(speech, voice, sounds);
    return new Program(
        session,
        TimelineCompiler.opening(clips),
        clips,
        text -> clips.speech(text, voice.rate()),
        voice.rate());
  }

  /**
   * How long {@code session} lasts, in whole seconds: its timeline alone, without mastering it or
   * making its bed, so a picker or a server can show the lengths of every session in little memory.
   */
  public long seconds(Session session, TimelineSettings settings, VoiceSettings voice) {
    return TimelineCompiler.compile(session, settings, new ClipLibrary(speech, voice, sounds))
        .seconds();
  }

  /** A session compiled with its clips; phrases for commands are synthesized only if asked for. */
  public Program program(Session session, TimelineSettings settings, VoiceSettings voice) {
    // compiling asks the library for every clip's length, so it synthesizes them all on the way
    ClipLibrary clips = new ClipLibrary(speech, voice, sounds);
    Timeline timeline = TimelineCompiler.compile(session, settings, clips);
    return new Program(
        session, timeline, clips, text -> clips.speech(text, voice.rate()), voice.rate());
  }
}
