package dev.limber.listen;

import dev.limber.engine.Command;
import java.util.List;

/**
 * Turns what was heard into commands for the session: the gate first, then "limber stop" asks and
 * only a "limber yes" within 5 seconds stops; anything else, or silence, goes back to how the
 * session was. Pure: time is a frame on the program's clock, given by the caller. One thread.
 */
public final class VoiceControl {
  /** How long "limber yes" is waited for after "limber stop". */
  static final long CONFIRM = 5L * Listening.SAMPLE_RATE;

  private final Gate gate;
  private long askedAt = -1;
  private boolean pausedBefore;

  public VoiceControl(Gate gate) {
    this.gate = gate;
  }

  /**
   * The commands to send for {@code heard}, its frames mapped to the program's clock.
   *
   * @param paused whether the session is paused now, to go back to after a "stop" not confirmed
   */
  public List<Command> heard(VoiceCommand command, long start, long end, boolean paused) {
    if (!gate.passes(start, end)) {
      return List.of();
    }
    boolean asking = askedAt >= 0 && end - askedAt <= CONFIRM;
    if (command == VoiceCommand.STOP) {
      if (!asking) {
        pausedBefore = paused;
      }
      askedAt = end;
      return List.of(new Command.Heard(new Command.AskToStop()));
    }
    askedAt = -1;
    if (asking) {
      return List.of(
          new Command.Heard(command == VoiceCommand.YES ? new Command.Stop() : goingBack()));
    }
    return switch (command) {
      case PAUSE -> List.of(new Command.Heard(new Command.Pause()));
      case RESUME -> List.of(new Command.Heard(new Command.Resume()));
      case NEXT -> List.of(new Command.Heard(new Command.NextStep()));
      case BACK -> List.of(new Command.Heard(new Command.PreviousStep()));
      case REPEAT -> List.of(new Command.Heard(new Command.Repeat()));
      case WHERE -> List.of(new Command.Heard(new Command.Where()));
      case YES, STOP -> List.of(); // a yes nobody asked for
    };
  }

  /**
   * The commands to send as time passes: going back once "limber yes" is overdue.
   *
   * @param paused whether the session is paused now: one that a key resumed while the question
   *     waited is left playing
   */
  public List<Command> tick(long now, boolean paused) {
    if (askedAt >= 0 && now - askedAt > CONFIRM) {
      askedAt = -1;
      return paused ? List.of(goingBack()) : List.of();
    }
    return List.of();
  }

  /** Whether "limber yes" is being waited for. */
  public boolean asking() {
    return askedAt >= 0;
  }

  private Command goingBack() {
    return pausedBefore ? new Command.Pause() : new Command.Resume();
  }
}
