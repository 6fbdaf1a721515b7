package dev.limber.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionParserTest {
  private final SessionParser parser = new SessionParser(java.util.List.of("chime.wav"));

  private static String session(String steps) {
    return "{\"format\": 1, \"id\": \"t\", \"title\": \"Test\", \"steps\": [" + steps + "]}";
  }

  private List<String> faults(String text) {
    SessionFormatException e =
        catchThrowableOfType(SessionFormatException.class, () -> parser.parse(text, "t.json"));
    assertThat(e).as("expected the session to be refused").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void appliesDefaultsAndBuiltInValuesToEveryStep() throws Exception {
    Session s =
        parser.parse(
            "{\"format\": 1, \"id\": \"t\", \"title\": \"T\", \"defaults\": {\"hold\": 30, \"rest\": 4,"
                + " \"breathing\": {\"inhale\": 4, \"hold\": 0, \"exhale\": 6}},"
                + " \"steps\": [{\"name\": \"A\"}, {\"name\": \"B\", "
                + "\"hold\": 20, \"breathing\": false, \"count\": \"up\"}]}",
            "t.json");

    Step a = s.steps().get(0);
    Step b = s.steps().get(1);
    assertThat(a.exercise()).isEqualTo(new Exercise.Hold(30));
    assertThat(a.rest()).isEqualTo(4);
    assertThat(a.prepare()).isEqualTo(Limits.DEFAULT_PREPARE);
    assertThat(a.count()).isEqualTo(Count.LAST5);
    assertThat(a.breathing()).contains(new Breathing(4, 0, 6));
    assertThat(b.exercise()).isEqualTo(new Exercise.Hold(20));
    assertThat(b.breathing()).isEmpty();
    assertThat(b.count()).isEqualTo(Count.UP);
  }

  @Test
  void repsWinOverADefaultHold() throws Exception {
    Session s =
        parser.parse(
            "{\"format\": 1, \"id\": \"t\", \"title\": \"T\", \"defaults\": {\"hold\": 30}, \"steps\": ["
                + "{\"name\": \"Cat and cow\", \"reps\": 3, \"tempo\": [{\"say\": "
                + "\"Round\", \"seconds\": 3}, {\"say\": \"Drop\", \"seconds\": 2}]}]}",
            "t");

    assertThat(s.steps().get(0).exercise())
        .isEqualTo(
            new Exercise.Reps(3, List.of(new TempoPhase("Round", 3), new TempoPhase("Drop", 2))));
    assertThat(s.steps().get(0).exercise().seconds()).isEqualTo(15);
  }

  @Test
  void reportsEveryFaultOfAFileInSourceOrder() {
    assertThat(
            faults(
                session(
                    "{\"name\": \"A\", \"hold\": -5},\n{\"name\": \"B\", \"hold\": 700, \"rset\": 3}")))
        .containsExactly(
            "t.json:1:75: steps[0].hold: must be a whole number of seconds from 1 to 600, found -5",
            "t.json:2:23: steps[1].hold: must be a whole number of seconds from 1 to 600, found 700",
            "t.json:2:28: steps[1].rset: unknown field; did you mean \"rest\"?");
  }

  @Test
  void pointsAtTheControlCharacterInsideAString() {
    String text = session("{\"name\": \"A\", \"hold\": 5, \"say\": [\"Go \\u001b[31m\"]}");

    assertThat(faults(text))
        .containsExactly(
            "t.json:1:"
                + (text.indexOf("\\u001b") + 1)
                + ": steps[0].say[0]: must be printable text, found the control character U+001B");
  }

  @Test
  void acceptsAByteOrderMarkAndNonAsciiText() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body =
        "{\"format\": 1, \"id\": \"t\", \"title\": \"Étirement 背中\", \"steps\": [{\"name\": \"Ça va\", \"hold\": 5}]}"
            .getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(body, 0, bytes, 3, body.length);

    assertThat(parser.parse(bytes, "t.json").title()).isEqualTo("Étirement 背中");
  }

  @Test
  void refusesInvalidUtf8WithThePositionOfTheBadByte() {
    byte[] bytes = "{\"format\": 1,\n  \"id\": \"t\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);

    SessionFormatException e =
        catchThrowableOfType(SessionFormatException.class, () -> parser.parse(bytes, "t.json"));

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly("t.json:2:11: $: the file must be UTF-8 text, found the byte 0xFF");
  }

  @Test
  void checksSoundsAgainstTheAudioFolder() throws Exception {
    assertThat(
            parser
                .parse(session("{\"name\": \"A\", \"hold\": 5, \"sound\": \"chime.wav\"}"), "t")
                .steps()
                .get(0)
                .sound())
        .contains("chime.wav");
    assertThat(faults(session("{\"name\": \"A\", \"hold\": 5, \"sound\": \"../../etc/x.wav\"}")))
        .singleElement()
        .asString()
        .contains("steps[0].sound: must be the name of a .wav file inside the audio folder");
    assertThat(faults(session("{\"name\": \"A\", \"hold\": 5, \"sound\": \"gong.wav\"}")))
        .singleElement()
        .asString()
        .endsWith(
            "steps[0].sound: no sound named \"gong.wav\" in the audio folder; there are chime.wav");
  }

  @Test
  void refusesASessionLongerThanFourHours() {
    String step =
        "{\"name\": \"Long\", \"hold\": 600, \"sets\": 10, \"sides\": \"both\", \"rest\": 0, \"prepare\": 0}";

    assertThat(faults(session(step + "," + step + "," + step)))
        .containsExactly(
            "t.json:1:1: $: a session may last at most 4 hours, found 10 "
                + "hours 0 minutes 0 seconds of holds, repetitions and rests");
  }

  @Test
  void countsCharactersNotUtf16UnitsAndReportsTooManyPhasesWithoutCrashing() throws Exception {
    String emoji = "\uD83E\uDDD8".repeat(60);
    assertThat(
            parser
                .parse(session("{\"name\": \"" + emoji + "\", \"hold\": 5}"), "t")
                .steps()
                .get(0)
                .name())
        .isEqualTo(emoji);

    String phase = "{\"say\": \"Go\", \"seconds\": 1}";
    assertThat(
            faults(
                session(
                    "{\"name\": \"A\", \"reps\": 2, \"tempo\": ["
                        + String.join(", ", java.util.Collections.nCopies(5, phase))
                        + "]}")))
        .singleElement()
        .asString()
        .contains("steps[0].tempo: must have 1 to 4 phases, found 5");
  }

  @Test
  void aMisspeltRequiredFieldIsReportedOnceWithASuggestion() {
    assertThat(faults(session("{\"name\": \"A\", \"hodl\": 5}")))
        .singleElement()
        .asString()
        .endsWith("steps[0].hodl: unknown field; did you mean \"hold\"?");
    assertThat(
            faults(
                "{\"format\": 1, \"id\": \"t\", \"titel\": \"T\", \"steps\": [{\"name\": \"A\", \"hold\": 5}]}"))
        .singleElement()
        .asString()
        .endsWith("titel: unknown field; did you mean \"title\"?");
  }

  @Test
  void aFaultFarDownALongFileHasItsExactLineAndColumn() {
    // positions come from line starts found once (a rescan per token took minutes for 1 MiB);
    // this checks the lookup on the first line, on a line's first character and far down
    String padding = "{\"x\": 1}" + ",\n{\"x\": 1}".repeat(49_999); // lines 2 to 50001
    String text =
        "{\"format\": 1, \"id\": \"t\", \"title\": \"T\", \"extra\": [\n"
            + padding
            + "\n],\n"
            + "\"steps\": [{\"name\": \"A\", \"hold\": \"ten\"}]}";

    assertThat(faults(text))
        .containsExactly(
            "t.json:1:40: extra: unknown field; expected one of $schema, format, "
                + "id, title, summary, pace, ambient, intro, outro, defaults, steps",
            "t.json:50003:33: steps[0].hold: must be a whole number "
                + "of seconds from 1 to 600, found the string \"ten\"");
  }
}
