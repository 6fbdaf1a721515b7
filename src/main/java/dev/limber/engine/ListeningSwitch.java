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

  /**
   * Whether listening is on now, for a face to show; safe from any thread, returns at once. A run
   * without a voice face has none to offer, and no reason to give.
   */
  default Status status() {
    return Status.NONE;
  }

  /**
   * Listening now, and when it cannot be had, why in a few words ("no microphone found"), or "".
   */
  record Status(State state, String why) {
    /** No voice face at all: nothing to show. */
    public static final Status NONE = new Status(State.UNAVAILABLE, "");

    public Status {
      java.util.Objects.requireNonNull(state);
      java.util.Objects.requireNonNull(why);
    }
  }
}
