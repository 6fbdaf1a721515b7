package dev.limber.engine;

import dev.limber.audio.Pcm;
import java.util.ArrayDeque;

/**
 * Phrases the engine plays on their own before the session goes on, one after another: the
 * acknowledgement of a key ("Paused.") and a repeated instruction.
 */
final class Overlays {
  /** A phrase and the gain it plays at, beside the engine's volume. */
  private record Phrase(String text, Pcm pcm, double gain) {}

  private final ArrayDeque<Phrase> queue = new ArrayDeque<>();
  private int position;

  void add(String text, Pcm phrase) {
    add(text, phrase, 1);
  }

  /**
   * A phrase that plays at {@code gain}: a clip of the timeline as the mastering plan hands it to
   * the mixer, so that repeating it makes no scaled copy on the audio thread.
   */
  void add(String text, Pcm phrase, double gain) {
    queue.add(new Phrase(text, phrase, gain));
  }

  /**
   * Plays a wordless {@code sound} next: before everything queued, or right after the phrase that
   * is already playing (it is not cut).
   */
  void addNext(Pcm sound) {
    Phrase playing = position > 0 ? queue.poll() : null;
    queue.addFirst(new Phrase("", sound, 1));
    if (playing != null) {
      queue.addFirst(playing);
    }
  }

  boolean isEmpty() {
    return queue.isEmpty();
  }

  /** The words of the phrase playing, or "" when none is. */
  String caption() {
    Phrase playing = queue.peek();
    return playing == null ? "" : playing.text();
  }

  /** Drops every phrase not yet played, and the rest of the one playing. */
  void clear() {
    queue.clear();
    position = 0;
  }

  /** Writes the next block of the current phrase, scaled by {@code gain}; returns its frames. */
  int mix(short[] block, double gain) {
    Phrase playing = queue.element();
    short[] clip = playing.pcm().samples();
    int frames = Math.min(block.length, clip.length - position);
    double g = gain * playing.gain();
    for (int i = 0; i < frames; i++) {
      block[i] = Pcm.scale(clip[position + i], g);
    }
    position += frames;
    if (position >= clip.length) {
      queue.remove();
      position = 0;
    }
    return Math.max(frames, 0);
  }
}
