package dev.limber.engine;

/**
 * Switches voice commands on and off for the key that toggles them. Called on the engine's thread:
 * it must return at once (opening the microphone and loading the model happen elsewhere).
 */
@FunctionalInterface
public interface ListeningSwitch {
  /** What the switch did, which the voice then says. */
  enum State {
    ON,
    OFF,
    UNAVAILABLE
  }

  /** A session played without voice commands: the key says they are not available. */
  ListeningSwitch NONE = () -> State.UNAVAILABLE;

  /** Flips listening and says whether it is now on, off, or cannot be had. */
  State toggle();
}
