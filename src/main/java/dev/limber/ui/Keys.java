package dev.limber.ui;

import dev.limber.engine.Command;
import java.util.Optional;

/** The one-key controls, the same in every interface. */
public final class Keys {
  /** Words a minute that one press of + or - changes the speech rate by. */
  public static final int RATE_STEP = 15;

  public static final String HELP = "Keys: space pause or resume, n next, p previous, r repeat, + faster, - slower, q quit.";

  private Keys() {}

  /** The command for a key, or empty for a key that does nothing. */
  public static Optional<Command> command(int key) {
    return Optional.ofNullable(switch (key) {
      case ' ' -> new Command.TogglePause();
      case 'n', 'N' -> new Command.NextStep();
      case 'p', 'P' -> new Command.PreviousStep();
      case 'r', 'R' -> new Command.Repeat();
      case '+', '=' -> new Command.ChangeRate(RATE_STEP);
      case '-', '_' -> new Command.ChangeRate(-RATE_STEP);
      case 'q', 'Q' -> new Command.Stop();
      default -> null;
    });
  }
}
