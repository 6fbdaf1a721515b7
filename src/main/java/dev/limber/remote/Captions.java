package dev.limber.remote;

import dev.limber.engine.EngineListener;
import dev.limber.engine.EngineState;
import dev.limber.timeline.Event;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Every phrase the voice begins, numbered, for the event streams: each stream sends the ones it has
 * not sent, so a short phrase between two looks at the state is never lost. Keeps the last {@value
 * #KEPT} only. Fed on the engine's thread, read on the server's.
 */
final class Captions implements EngineListener {
  static final int KEPT = 32;

  /** A phrase and its number, from 1. */
  record Caption(long number, String text) {}

  private final ArrayDeque<Caption> kept = new ArrayDeque<>();
  private long last;

  @Override
  public void onEvent(Event event, EngineState state) {
    if (event instanceof Event.Say say) {
      add(say.text());
    }
  }

  @Override
  public void onNotice(String words, EngineState state) {
    add(words);
  }

  synchronized void add(String text) {
    kept.addLast(new Caption(++last, text));
    if (kept.size() > KEPT) {
      kept.removeFirst();
    }
  }

  /** The number of the newest phrase, 0 before the first. */
  synchronized long last() {
    return last;
  }

  /** The phrases after number {@code after} that are still kept, oldest first. */
  synchronized List<Caption> after(long after) {
    List<Caption> newer = new ArrayList<>();
    for (Caption c : kept) {
      if (c.number() > after) {
        newer.add(c);
      }
    }
    return newer;
  }
}
