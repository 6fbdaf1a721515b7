package dev.limber.timeline;

import java.util.List;

/**
 * Lays events one after another from a cursor, for the untimed parts: speech takes as long as it
 * takes.
 */
final class Track {
  private final ClipLengths lengths;
  private final List<Event> events;
  private final long sentenceGap;
  private long cursor;

  Track(ClipLengths lengths, List<Event> events, long sentenceGap) {
    this.lengths = lengths;
    this.events = events;
    this.sentenceGap = sentenceGap;
  }

  /** The pause after a sentence of untimed speech, at the session's pace. */
  long sentenceGap() {
    return sentenceGap;
  }

  long cursor() {
    return cursor;
  }

  void pause(long frames) {
    cursor += frames;
  }

  /** Speaks each sentence of {@code line} in turn, with the sentence pause after each. */
  void sayLine(String line, int rate, Role role, int step) {
    for (String sentence : Sentences.of(line)) {
      say(sentence, rate, role, step);
      pause(sentenceGap);
    }
  }

  /** Speaks {@code text} at the cursor and moves the cursor to its end. */
  void say(String text, int rate, Role role, int step) {
    long end = cursor + lengths.speechFrames(text, rate);
    events.add(new Event.Say(cursor, end, step, text, rate, role));
    cursor = end;
  }

  void sound(String name, Role role, int step) {
    long end = cursor + lengths.soundFrames(name);
    events.add(new Event.Sound(cursor, end, step, name, role));
    cursor = end;
  }

  /** Adds events placed by a timed window and moves the cursor past the window. */
  void addWindow(Window window) {
    events.addAll(window.events());
    cursor = window.end();
  }

  void segment(long start, int step, Phase phase, int side, int set, int sets) {
    events.add(new Event.Segment(start, cursor, step, phase, side, set, sets));
  }
}
