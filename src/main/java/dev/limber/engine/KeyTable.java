package dev.limber.engine;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one table of single-key controls: which key sends which command, and the words that describe
 * it. Every face takes its keys and its help from here, the voice speaks its help from here, and
 * the README lists the same keys.
 */
public final class KeyTable {
  /** Words a minute that one press of + or - changes the speech rate by. */
  public static final int RATE_STEP = 15;

  /** Gain that one press of ] or [ changes the volume by: a tenth of full volume. */
  public static final double VOLUME_STEP = 0.1;

  /**
   * One binding.
   *
   * @param keys the characters that send it, the first one shown in help
   * @param shown how help shows the key ("space")
   * @param spoken how the voice names the key ("question mark")
   * @param words what the key does, in a few words
   */
  public record Binding(String keys, String shown, String spoken, String words, Command command) {}

  private static final List<Binding> BINDINGS =
      List.of(
          new Binding(" ", "space", "Space", "pause or resume", new Command.TogglePause()),
          new Binding("nN", "n", "N", "next step", new Command.NextStep()),
          new Binding("pP", "p", "P", "previous step", new Command.PreviousStep()),
          new Binding("rR", "r", "R", "repeat the instruction", new Command.Repeat()),
          new Binding("iI", "i", "I", "where am I", new Command.Where()),
          new Binding("?hH", "?", "Question mark", "help", new Command.Help()),
          new Binding("+=", "+", "Plus", "faster", new Command.ChangeRate(RATE_STEP)),
          new Binding("-_", "-", "Minus", "slower", new Command.ChangeRate(-RATE_STEP)),
          new Binding("]}", "]", "Right bracket", "louder", new Command.ChangeVolume(VOLUME_STEP)),
          new Binding("[{", "[", "Left bracket", "softer", new Command.ChangeVolume(-VOLUME_STEP)),
          new Binding("aA", "a", "A", "sound bed on or off", new Command.ToggleAmbient()),
          new Binding("lL", "l", "L", "voice commands on or off", new Command.ToggleListening()),
          new Binding("qQ", "q", "Q", "quit", new Command.Stop()));

  private KeyTable() {}

  public static List<Binding> bindings() {
    return BINDINGS;
  }

  /** The command a key sends, or empty for a key that does nothing. */
  public static Optional<Command> command(int key) {
    return BINDINGS.stream()
        .filter(b -> key >= 0 && key <= Character.MAX_VALUE && b.keys().indexOf(key) >= 0)
        .map(Binding::command)
        .findFirst();
  }

  /** The keys on one line: "Keys: space pause or resume, n next step, ..., q quit." */
  public static String oneLine() {
    return BINDINGS.stream()
        .map(b -> b.shown() + " " + b.words())
        .collect(Collectors.joining(", ", "Keys: ", "."));
  }

  /** The keys as the voice says them, one short sentence each. */
  public static String spoken() {
    return BINDINGS.stream()
        .map(b -> b.spoken() + ", " + b.words() + ".")
        .collect(Collectors.joining(" "));
  }
}
