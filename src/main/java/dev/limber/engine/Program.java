package dev.limber.engine;

import dev.limber.audio.Pcm;
import dev.limber.session.Session;
import dev.limber.timeline.Timeline;

/**
 * Everything the engine plays: the session, its timeline, the clips of the timeline, and a voice
 * for the short phrases that acknowledge commands ("Paused.", "Skipping to Bridge."), all at one
 * speech rate.
 */
public record Program(Session session, Timeline timeline, Clips clips, Phrases phrases, int rate) {

  /** Spoken acknowledgements, synthesized before playback so a key is answered at once. */
  public interface Phrases {
    Pcm say(String text);
  }
}
