package dev.limber.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.audio.MemorySink;
import dev.limber.audio.Tones;
import dev.limber.engine.EngineState.Status;
import dev.limber.timeline.Event;
import dev.limber.timeline.Phase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What the engine does for the voice face: a heard command is answered by the soft tone, then its
 * usual words; the key toggles listening through the switch; and the engine says when it made
 * sound, from what it mixed.
 */
class VoiceAnswersTest {
  private final Program program = FakeProgram.strict(135);
  private final MemorySink sink = new MemorySink();
  private final Engine engine =
      new Engine(
          program,
          sink,
          new EngineSetup(1.0, FakeProgram::strict, Runnable::run, Optional.empty(), false));

  private void playTo(long frame) throws IOException {
    while (engine.state().position() < frame) {
      engine.step();
    }
  }

  @Test
  void aHeardCommandIsAnsweredByTheToneAndThenByItsWords() throws IOException {
    playTo(FakeProgram.start(program, Phase.HOLD, 1) + 24_000);
    long before = engine.written();
    engine.send(new Command.Heard(new Command.Pause()));
    int tone = Tones.heard().samples().length;
    for (int i = 0; i < 200; i++) {
      engine.step();
    }

    short[] played = sink.pcm().samples();
    assertThat(engine.state().status()).isEqualTo(Status.PAUSED);
    short[] answer = java.util.Arrays.copyOfRange(played, (int) before, (int) before + tone + 10);
    assertThat(answer[tone / 2]).as("the tone first").isNotEqualTo(FakeProgram.ACK_LEVEL);
    assertThat(answer[tone + 5]).as("then Paused.").isEqualTo(FakeProgram.ACK_LEVEL);
  }

  @Test
  void theToneDoesNotCutAPhraseAlreadyPlaying() throws IOException {
    playTo(FakeProgram.start(program, Phase.HOLD, 1) + 24_000);
    engine.send(new Command.Where());
    engine.step();
    engine.step();
    String playing = engine.state().caption();
    engine.send(new Command.Heard(new Command.Repeat()));
    engine.step();

    assertThat(engine.state().caption()).isEqualTo(playing);
  }

  @Test
  void theKeyTogglesListeningThroughTheSwitchAndSaysWhatItDid() throws IOException {
    AtomicInteger toggled = new AtomicInteger();
    engine.listenWith(
        () ->
            toggled.incrementAndGet() % 2 == 1
                ? ListeningSwitch.State.ON
                : ListeningSwitch.State.OFF);
    List<String> said = new ArrayList<>();
    engine.addListener(
        new EngineListener() {
          @Override
          public void onNotice(String words, EngineState state) {
            said.add(words);
          }
        });
    engine.send(KeyTable.command('l').orElseThrow());
    engine.step();
    engine.send(KeyTable.command('L').orElseThrow());
    engine.step();

    assertThat(toggled).hasValue(2);
    assertThat(said).containsExactly(Acknowledgements.LISTENING, Acknowledgements.NOT_LISTENING);
  }

  @Test
  void theSoundLogHasEveryPhraseAndNoneOfTheSilenceBetweenCounts() throws IOException {
    while (engine.step()) {
      // the whole session, no command: written frames are the timeline's frames
    }
    SoundLog log = engine.sounds();
    for (Event e : program.timeline().events()) {
      if (!(e instanceof Event.Segment) && e.end() > engine.written() - 50 * 16_000) {
        assertThat(log.soundedBetween(e.start(), e.end())).as("%s", e).isTrue();
      }
    }
    // somewhere in the last minute there is a stretch of silence, and it is not in the log
    long silentAt = -1;
    List<Event> audible =
        program.timeline().events().stream().filter(e -> !(e instanceof Event.Segment)).toList();
    for (long f = engine.written() - 50 * 16_000; f < engine.written() && silentAt < 0; f += 800) {
      long at = f;
      if (audible.stream().noneMatch(e -> e.start() < at + 800 && e.end() > at)) {
        silentAt = at;
      }
    }
    assertThat(silentAt).as("a silent stretch in the fake session").isPositive();
    assertThat(log.soundedBetween(silentAt, silentAt + 800)).isFalse();
  }
}
