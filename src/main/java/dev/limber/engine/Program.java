package dev.limber.engine;

import dev.limber.audio.AmbientBed;
import dev.limber.audio.Pcm;
import dev.limber.session.Session;
import dev.limber.timeline.Timeline;

/**
 * Everything the engine plays: the session, its timeline, the clips of the timeline, and a voice
 * for the short phrases that acknowledge commands ("Paused.", "Skipping to Bridge."), all at one
 * speech rate.
 */
public record Program(Session session, Timeline timeline, Clips clips, Phrases phrases, int rate) {

  /**
   * Masters the clips for this timeline ({@link Mastering}) and makes the ambient bed's loop: here,
   * on the thread that compiles, never on the audio thread.
   */
  public Program {
    if (!clips.mastered()) {
      Mastering plan = Mastering.of(timeline, clips);
      Phrases spoken = phrases;
      clips = plan;
      phrases = text -> plan.scaled(spoken.say(text));
    }
    timeline.bed().ifPresent(bed -> AmbientBed.of(bed.sound(), bed.swellSeconds()));
  }

  /** Spoken acknowledgements, synthesized before playback so a key is answered at once. */
  public interface Phrases {
    Pcm say(String text);
  }
}
