package dev.limber.ui;

/** Speaks the full screen's own phrases (the picker's moves, the end screen), one at a time. */
public interface Voice extends AutoCloseable {

  /** Says {@code words}, cutting off whatever it was saying; returns at once. */
  void say(String words);

  /** Whether there is no sound card to speak on, so that the screen must say so. */
  boolean silent();

  /** Stops speaking and releases the sound card; returns once it is released. */
  @Override
  void close();
}
