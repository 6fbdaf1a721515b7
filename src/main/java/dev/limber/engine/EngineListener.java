package dev.limber.engine;

import dev.limber.timeline.Event;

/**
 * Told what the engine plays, on the engine's own thread: implementations must return at once
 * (queue the work) so the audio never waits for a slow terminal.
 */
public interface EngineListener {
  /**
   * The whole session is loaded and about to play on: {@code state.length()} is its length. Called
   * once.
   */
  default void onReady(EngineState state) {}

  /** A timeline event begins: a phase, a phrase or a sound. After a skip, the phase skipped to. */
  default void onEvent(Event event, EngineState state) {}

  /** A command was carried out; {@code words} is what the voice said about it. */
  default void onNotice(String words, EngineState state) {}

  /** Playback ended, at the end of the session or stopped. */
  default void onEnd(EngineState state) {}

  /** Something went wrong but playback goes on, such as a lost audio device. */
  default void onWarning(String message) {}
}
