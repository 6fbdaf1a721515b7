package dev.limber.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.audio.MemorySink;
import dev.limber.engine.EngineState.Status;
import dev.limber.timeline.Phase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of command is carried out and answered, and every answer is a phrase made before
 * playback: the program's voice here fails on any phrase {@link Acknowledgements#all} does not
 * list.
 */
class CommandTest {
  /** One of each kind of command, with what must be true of the state after it. */
  private record Case(Command command, BiPredicate<EngineState, EngineState> applied) {}

  private static final Map<Class<?>, Case> CASES =
      Map.ofEntries(
          Map.entry(
              Command.TogglePause.class,
              new Case(
                  new Command.TogglePause(), (before, after) -> after.status() == Status.PAUSED)),
          Map.entry(
              Command.Pause.class,
              new Case(new Command.Pause(), (before, after) -> after.status() == Status.PAUSED)),
          Map.entry(
              Command.Resume.class,
              new Case(new Command.Resume(), (before, after) -> after.status() == Status.PLAYING)),
          Map.entry(
              Command.NextStep.class,
              new Case(
                  new Command.NextStep(), (before, after) -> after.step() == before.step() + 1)),
          Map.entry(
              Command.PreviousStep.class,
              new Case(
                  new Command.PreviousStep(),
                  (before, after) ->
                      after.phase() == Phase.INSTRUCTIONS && after.step() == before.step())),
          Map.entry(
              Command.Repeat.class,
              new Case(new Command.Repeat(), (before, after) -> after.caption().equals("Do it."))),
          Map.entry(
              Command.Where.class,
              new Case(
                  new Command.Where(),
                  (before, after) -> after.caption().startsWith("Step 2 of 3"))),
          Map.entry(
              Command.Help.class,
              new Case(
                  new Command.Help(),
                  (before, after) -> after.caption().equals(KeyTable.spoken()))),
          Map.entry(
              Command.ChangeRate.class,
              new Case(
                  new Command.ChangeRate(KeyTable.RATE_STEP),
                  (before, after) -> after.rate() == 150)),
          Map.entry(
              Command.ChangeVolume.class,
              new Case(
                  new Command.ChangeVolume(-KeyTable.VOLUME_STEP),
                  (before, after) -> after.volume() == 0.9)),
          Map.entry(
              Command.SetVolume.class,
              new Case(new Command.SetVolume(0.5), (before, after) -> after.volume() == 0.5)),
          Map.entry(
              Command.ToggleAmbient.class,
              new Case(
                  new Command.ToggleAmbient(),
                  (before, after) -> after.caption().equals("This session has no sound bed."))),
          Map.entry(
              Command.ToggleListening.class,
              new Case(
                  new Command.ToggleListening(),
                  (before, after) -> after.caption().equals(Acknowledgements.NO_LISTENING))),
          Map.entry(
              Command.Heard.class,
              new Case(
                  new Command.Heard(new Command.Pause()),
                  (before, after) -> after.status() == Status.PAUSED)),
          Map.entry(
              Command.AskToStop.class,
              new Case(
                  new Command.AskToStop(),
                  (before, after) ->
                      after.status() == Status.PAUSED
                          && after.caption().equals(Acknowledgements.ASK_STOP))),
          Map.entry(
              Command.Stop.class,
              new Case(new Command.Stop(), (before, after) -> after.status() == Status.STOPPED)));

  static List<Class<?>> kinds() {
    return Arrays.asList(Command.class.getPermittedSubclasses());
  }

  @Test
  void everyKindOfCommandHasACase() {
    assertThat(CASES.keySet()).containsExactlyInAnyOrderElementsOf(kinds());
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void isCarriedOutAndAnsweredWithAPhraseMadeBeforePlayback(Class<?> kind) throws IOException {
    Program program = FakeProgram.strict(135);
    Engine engine =
        new Engine(
            program,
            new MemorySink(),
            new EngineSetup(1.0, FakeProgram::strict, Runnable::run, Optional.empty(), false));
    List<String> notices = new ArrayList<>();
    engine.addListener(
        new EngineListener() {
          @Override
          public void onNotice(String words, EngineState state) {
            notices.add(words);
          }
        });
    long hold = FakeProgram.start(program, Phase.HOLD, 1) + 24_000; // between counts
    while (engine.state().position() < hold) {
      engine.step();
    }
    if (kind == Command.Resume.class) {
      engine.send(new Command.Pause());
      engine.step();
      notices.clear();
    }
    EngineState before = engine.state();
    Case c = CASES.get(kind);
    engine.send(c.command());
    // two blocks: the command is applied, its answer starts, and a new rate is adopted between
    // phrases
    for (int i = 0; i < 2 && engine.step(); i++) {
      // stepping
    }
    if (kind == Command.Stop.class) {
      while (engine.step()) {
        // the answer plays out, then the engine ends
      }
    }

    assertThat(notices).as("answered once").hasSize(1);
    assertThat(c.applied().test(before, engine.state())).as("applied: %s", engine.state()).isTrue();
  }

  @Test
  void theSpokenHelpNamesEveryKey() {
    String help = KeyTable.spoken();
    assertThat(KeyTable.bindings())
        .allMatch(b -> help.contains(b.spoken() + ", " + b.words() + "."));
    assertThat(KeyTable.oneLine())
        .isEqualTo(
            KeyTable.bindings().stream()
                .map(b -> b.shown() + " " + b.words())
                .collect(Collectors.joining(", ", "Keys: ", ".")));
    assertThat(KeyTable.command('?')).contains(new Command.Help());
    assertThat(KeyTable.command('x')).isEmpty();
  }
}
