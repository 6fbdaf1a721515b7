package dev.limber.listen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The grammar, the dictionary and the commands agree, and only the wake word opens a command. */
class VoiceCommandTest {
  @Test
  void aCommandIsTheWakeWordAndOneWord() {
    assertThat(VoiceCommand.of("limber pause")).contains(VoiceCommand.PAUSE);
    assertThat(VoiceCommand.of(" Limber  NEXT ")).contains(VoiceCommand.NEXT);
    assertThat(VoiceCommand.of("limber yes")).contains(VoiceCommand.YES);
    assertThat(VoiceCommand.of("pause")).isEmpty();
    assertThat(VoiceCommand.of("stop")).isEmpty();
    assertThat(VoiceCommand.of("")).isEmpty();
    assertThat(VoiceCommand.of("limber")).isEmpty();
    assertThat(VoiceCommand.of("limber pause pause")).isEmpty();
    assertThat(VoiceCommand.of("timber pause")).isEmpty();
  }

  @Test
  void theGrammarHasEveryCommandAfterTheWakeWordAndTheDictionaryEveryWord() throws IOException {
    String grammar = resource("limber.gram");
    String rule =
        grammar.lines().filter(l -> l.startsWith("public <command>")).findFirst().orElseThrow();
    Set<String> words =
        Arrays.stream(rule.replaceAll("[^a-z ]", " ").split("\\s+"))
            .filter(w -> !w.isEmpty() && !w.equals("public") && !w.equals("command"))
            .collect(Collectors.toSet());
    Set<String> expected =
        Arrays.stream(VoiceCommand.values()).map(VoiceCommand::word).collect(Collectors.toSet());
    expected.add(VoiceCommand.WAKE_WORD);
    assertThat(words).isEqualTo(expected);
    assertThat(rule).contains("= limber (");
    Set<String> inDictionary =
        resource("limber.dict").lines().map(l -> l.split("[ (]")[0]).collect(Collectors.toSet());
    assertThat(inDictionary).isEqualTo(expected);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = VoiceCommand.class.getResourceAsStream("sphinx/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
