package dev.limber.cli;

import dev.limber.Exit;
import dev.limber.LimberException;
import dev.limber.audio.Pcm;

/** Plays audio through the sound card (until live playback lands, this reports that it cannot). */
final class Playing {
  private Playing() {}

  static int play(Context context, Pcm pcm) {
    throw new LimberException(Exit.UNAVAILABLE, "playing through speakers is not available yet; use -o FILE.wav");
  }
}
