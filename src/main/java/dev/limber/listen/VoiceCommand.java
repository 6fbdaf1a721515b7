package dev.limber.listen;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What can be said after the wake word "limber", as the grammar spells it. */
public enum VoiceCommand {
  PAUSE,
  RESUME,
  NEXT,
  BACK,
  REPEAT,
  WHERE,
  STOP,
  YES;

  /** The wake word every command starts with. */
  public static final String WAKE_WORD = "limber";

  /** The word said after the wake word, as printed by {@code limber listen}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The command in a hypothesis such as "limber pause"; empty for anything else (nothing, or words
   * without the wake word).
   */
  public static Optional<VoiceCommand> of(String hypothesis) {
    String[] words = hypothesis.trim().toLowerCase(Locale.ROOT).split("\\s+");
    if (words.length != 2 || !words[0].equals(WAKE_WORD)) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(c -> c.word().equals(words[1])).findFirst();
  }
}
