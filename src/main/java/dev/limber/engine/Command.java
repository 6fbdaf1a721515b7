package dev.limber.engine;

/** What a user interface can ask of the engine. Commands are queued and applied between blocks. */
public sealed interface Command {
  /** Pause, or resume when paused. */
  record TogglePause() implements Command {}

  record Pause() implements Command {}

  record Resume() implements Command {}

  record NextStep() implements Command {}

  /** Back to the start of this step, or to the previous step within the first seconds of this one. */
  record PreviousStep() implements Command {}

  /** Say the current instruction again. */
  record Repeat() implements Command {}

  /** Change the speech rate by {@code delta} words a minute, from the next phrase on. */
  record ChangeRate(int delta) implements Command {}

  /** Set the volume (0 to 1.5), from the next phrase on. */
  record SetVolume(double gain) implements Command {}

  record Stop() implements Command {}
}
