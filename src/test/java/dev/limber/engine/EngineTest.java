package dev.limber.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.audio.AudioSink;
import dev.limber.audio.MemorySink;

import dev.limber.timeline.Phase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineTest {
  private final Program program = FakeProgram.at(135);
  private final MemorySink sink = new MemorySink();
  private final List<String> notices = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final Engine engine = engine(sink);

  private Engine engine(AudioSink to) {
    Engine e = new Engine(program, to, 1.0, FakeProgram::at, MemorySink::new);
    e.addListener(new EngineListener() {
      @Override
      public void onNotice(String words, EngineState state) {
        notices.add(words);
      }

      @Override
      public void onWarning(String message) {
        warnings.add(message);
      }
    });
    return e;
  }

  private short[] rendered() throws IOException {
    // mixed in one go, without the engine, to compare the engine's block-by-block output with
    short[] whole = new short[(int) program.timeline().length()];
    new Mixer(program.timeline(), program.clips()).mix(0, whole, whole.length, 1.0);
    return whole;
  }

  /** Steps until the engine's position reaches {@code frame}; it stops within one block. */
  private void playTo(long frame) throws IOException {
    while (engine.state().position() < frame && engine.step()) {
      // playing
    }
  }

  @Test
  void withoutCommandsItWritesExactlyTheRenderBlockByBlock() throws IOException {
    engine.run();

    assertThat(sink.pcm().samples()).isEqualTo(rendered());
    assertThat(sink.closed()).isTrue();
    assertThat(engine.state().finished()).isTrue();
  }

  @Test
  void pauseAddsTheAcknowledgementAndSilenceAndNothingElse() throws IOException {
    long holdStart = FakeProgram.start(program, Phase.HOLD, 0);
    playTo(holdStart + 3 * 16_000);
    long pausedAt = engine.state().position();
    engine.send(new dev.limber.engine.Command.Pause());
    for (int i = 0; i < 100; i++) {
      engine.step();
    }
    assertThat(engine.state().position()).isEqualTo(pausedAt);
    assertThat(engine.state().paused()).isTrue();
    engine.send(new dev.limber.engine.Command.Resume());
    engine.run();

    short[] out = sink.pcm().samples();
    short[] whole = rendered();
    int paused = "Paused.".length() * 200;
    int ready = "Ready.".length() * 200;
    int at = (int) pausedAt;
    assertThat(Arrays.copyOfRange(out, 0, at)).isEqualTo(Arrays.copyOfRange(whole, 0, at));
    assertThat(Arrays.copyOfRange(out, at, at + paused)).containsOnly(FakeProgram.ACK_LEVEL);
    int block = Mixer.BLOCK;
    int silenceEnd = at + 100 * block - (paused / block + 1) * block + paused;
    assertThat(Arrays.copyOfRange(out, at + paused, silenceEnd)).containsOnly((short) 0);
    assertThat(Arrays.copyOfRange(out, silenceEnd, silenceEnd + ready)).containsOnly(FakeProgram.ACK_LEVEL);
    assertThat(Arrays.copyOfRange(out, silenceEnd + ready, out.length)).isEqualTo(Arrays.copyOfRange(whole, at, whole.length));
    assertThat(notices).containsExactly("Paused.", "Ready.");
  }

  @Test
  void resumingInTheMiddleOfAPhraseSaysItAgainFromItsStart() throws IOException {
    var name = program.timeline().says().stream().filter(s -> s.text().equals("Bridge.")).findFirst().orElseThrow();
    playTo(name.start() + 1_000);
    engine.send(new dev.limber.engine.Command.Pause());
    engine.step();
    engine.send(new dev.limber.engine.Command.Resume());
    engine.step();

    assertThat(engine.state().position()).isEqualTo(name.start());
  }

  @Test
  void nextJumpsToTheStartOfTheNextStepAndSaysWhere() throws IOException {
    playTo(FakeProgram.start(program, Phase.HOLD, 0) + 16_000);
    engine.send(new dev.limber.engine.Command.NextStep());
    engine.step();

    assertThat(engine.state().step()).isEqualTo(1);
    assertThat(engine.state().phase()).isEqualTo(Phase.INSTRUCTIONS);
    assertThat(engine.state().position()).isEqualTo(FakeProgram.start(program, Phase.INSTRUCTIONS, 1));
    assertThat(notices).containsExactly("Skipping to Bridge.");
  }

  @Test
  void previousRestartsTheStepAfterThreeSecondsAndGoesBackBeforeThat() throws IOException {
    long bridge = FakeProgram.start(program, Phase.INSTRUCTIONS, 1);
    playTo(bridge + 16_000);
    engine.send(new dev.limber.engine.Command.PreviousStep());
    engine.step();
    assertThat(engine.state().position()).isEqualTo(FakeProgram.start(program, Phase.INSTRUCTIONS, 0));

    playTo(bridge + 5 * 16_000);
    engine.send(new dev.limber.engine.Command.PreviousStep());
    engine.step();
    assertThat(engine.state().position()).isEqualTo(bridge);
    assertThat(notices).containsExactly("Back to Child's pose.", "Again: Bridge.");
  }

  @Test
  void stateFollowsThePhaseTheSecondsLeftAndTheProgress() throws IOException {
    long hold = FakeProgram.start(program, Phase.HOLD, 0);
    playTo(hold + 5 * 16_000);

    EngineState s = engine.state();
    assertThat(s.phase()).isEqualTo(Phase.HOLD);
    assertThat(s.step()).isZero();
    assertThat(s.steps()).isEqualTo(3);
    assertThat(s.stepName()).isEqualTo("Child's pose");
    assertThat(s.secondsLeft()).isEqualTo(15);
    assertThat(s.progress()).isBetween(0.01, 0.9);

    playTo(FakeProgram.start(program, Phase.REST, 0) + 16_000);
    assertThat(engine.state().phase()).isEqualTo(Phase.REST);
    assertThat(engine.state().secondsLeft()).isEqualTo(3);
  }

  @Test
  void repeatSaysTheLatestInstructionAgainWhileTheTimelineWaits() throws IOException {
    var line = program.timeline().says().stream().filter(s -> s.text().equals("Do it.")).findFirst().orElseThrow();
    playTo(line.end() + 100);
    long at = engine.state().position();
    engine.send(new dev.limber.engine.Command.Repeat());
    engine.step();

    assertThat(engine.state().position()).isEqualTo(at);
    assertThat(notices).containsExactly("Do it.");
  }

  @Test
  void aFasterRateTakesEffectBetweenPhrasesAndKeepsTheHoldExact() throws Exception {
    long hold = FakeProgram.start(program, Phase.HOLD, 0);
    playTo(hold + 2 * 16_000);
    engine.send(new dev.limber.engine.Command.ChangeRate(30));
    for (long until = System.nanoTime() + 10_000_000_000L; engine.state().rate() == 135 && System.nanoTime() < until; ) {
      engine.step();
      Thread.sleep(1);
    }

    Program faster = FakeProgram.at(165);
    long newHold = FakeProgram.start(faster, Phase.HOLD, 0);
    assertThat(engine.state().rate()).isEqualTo(165);
    assertThat(engine.state().phase()).isEqualTo(Phase.HOLD);
    assertThat(engine.state().position() - newHold).isBetween(2L * 16_000, 7L * 16_000);
    assertThat(notices).containsExactly("Faster.");
  }

  @Test
  void aRateThatCannotBeCompiledIsOneClearWarningAndTheNextPressCountsFromTheRateThatPlays() throws Exception {
    List<Integer> tried = new java.util.concurrent.CopyOnWriteArrayList<>();
    Engine e = new Engine(program, sink, 1.0, rate -> {
      tried.add(rate);
      throw new IllegalStateException("the voice cannot speak at " + rate);
    }, null);
    e.addListener(new EngineListener() {
      @Override
      public void onWarning(String message) {
        warnings.add(message);
      }
    });
    for (int press = 1; press <= 2; press++) {
      e.send(new dev.limber.engine.Command.ChangeRate(30));
      for (long until = System.nanoTime() + 10_000_000_000L; warnings.size() < press && System.nanoTime() < until; ) {
        e.step();
        Thread.sleep(1);
      }
    }

    assertThat(warnings).containsExactly("could not change the speech rate: the voice cannot speak at 165",
        "could not change the speech rate: the voice cannot speak at 165");
    assertThat(tried).containsExactly(165, 165);
    assertThat(e.state().rate()).isEqualTo(135);
  }

  @Test
  void everyAnswerToAKeyIsAPhraseMadeBeforePlayback() throws Exception {
    // Speaker synthesizes Acknowledgements.all before playing; a phrase outside it would be made
    // while the key waits for its answer
    playTo(FakeProgram.start(program, Phase.HOLD, 0) + 5 * 16_000);
    for (Command c : List.of(new Command.Repeat(), new Command.TogglePause(), new Command.TogglePause(),
        new Command.NextStep(), new Command.PreviousStep(), new Command.PreviousStep(),
        new Command.ChangeRate(500), new Command.ChangeRate(-500), new Command.ChangeRate(10), new Command.ChangeRate(-10))) {
      engine.send(c);
      engine.step();
    }
    Engine atTheStart = engine(new MemorySink()); // nothing to repeat, and "previous" goes to the start
    atTheStart.send(new Command.Repeat());
    atTheStart.send(new Command.PreviousStep());
    atTheStart.step();
    for (int i = 0; i < 20; i++) { // past the last step: "to the end"
      engine.send(new Command.NextStep());
      engine.step();
    }

    String instruction = notices.get(0);
    assertThat(notices.subList(1, notices.size())).hasSizeGreaterThan(10)
        .allMatch(Acknowledgements.all(program.session())::contains, "is in Acknowledgements.all");
    assertThat(instruction).isNotIn(Acknowledgements.all(program.session()));
  }

  @Test
  void aNewVolumeWaitsForTheEndOfThePhraseBeingSaid() throws IOException {
    dev.limber.timeline.Event.Say say = program.timeline().events().stream()
        .filter(e -> e instanceof dev.limber.timeline.Event.Say).map(dev.limber.timeline.Event.Say.class::cast)
        .filter(e -> e.frames() > 4 * Mixer.BLOCK).findFirst().orElseThrow();
    playTo(say.start() + Mixer.BLOCK);
    int at = (int) engine.state().position();
    engine.send(new Command.SetVolume(0));
    engine.run();

    short[] out = sink.pcm().samples();
    short[] whole = rendered();
    int end = (int) say.end();
    assertThat(Arrays.copyOfRange(out, at, end)).as("the phrase goes on as it was").isEqualTo(Arrays.copyOfRange(whole, at, end));
    assertThat(Arrays.copyOfRange(whole, at, end)).as("the phrase is audible").isNotEqualTo(new short[end - at]);
    assertThat(Arrays.copyOfRange(out, end, out.length)).as("then silence at volume 0").containsOnly((short) 0);
  }

  @Test
  void aDeviceLostMidSessionWarnsAndPlaybackGoesOnSilently() throws IOException {
    AudioSink failing = new AudioSink() {
      int blocks;

      @Override
      public void write(short[] block, int frames) throws IOException {
        if (++blocks > 50) {
          throw new IOException("device unplugged");
        }
      }

      @Override
      public void close() {}
    };
    Engine e = engine(failing);
    e.run();

    assertThat(e.state().finished()).isTrue();
    assertThat(e.written()).isEqualTo(program.timeline().length());
    assertThat(warnings).containsExactly("device unplugged; going on without sound");
  }

  @Test
  void stopEndsWithinOneBlock() throws IOException {
    playTo(16_000);
    engine.send(new dev.limber.engine.Command.Stop());
    long before = engine.written();

    assertThat(engine.step()).isFalse();
    assertThat(engine.written()).isEqualTo(before);
    assertThat(engine.state().stopped()).isTrue();
  }


  @Test
  void theOpeningPlaysWhileTheSessionCompilesAndTheSessionContinuesSeamlessly() throws IOException {
    Program opening = new Program(program.session(), dev.limber.timeline.TimelineCompiler.opening(new dev.limber.timeline.ClipLengths() {
      @Override
      public long speechFrames(String text, int rate) {
        throw new AssertionError("the opening needs no speech");
      }

      @Override
      public long soundFrames(String name) {
        return 4_000;
      }
    }), program.clips(), program.phrases(), 135);
    java.util.concurrent.CompletableFuture<Program> whole = new java.util.concurrent.CompletableFuture<>();
    Engine e = new Engine(opening, sink, 1.0, FakeProgram::at, null);
    e.continueWith(whole);
    e.addListener(new EngineListener() {
      @Override
      public void onNotice(String words, EngineState state) {
        notices.add(words);
      }
    });
    int openingLength = (int) opening.timeline().length(); // 0.3 s of silence, then the 4,000-frame chime
    for (int i = 0; i < 2 * openingLength / Mixer.BLOCK; i++) { // twice the opening: it ends, then the engine waits
      e.step();
    }
    e.send(new dev.limber.engine.Command.NextStep());
    e.step();
    assertThat(notices).as("a skip waits for the whole session").isEmpty();
    whole.complete(program);
    e.run();

    short[] out = sink.pcm().samples();
    short[] full = rendered();
    // the engine waited after the opening without writing, so no gap: the skip follows the chime
    int ack = "Skipping to Child's pose.".length() * 200;
    int step = (int) FakeProgram.start(program, Phase.INSTRUCTIONS, 0);
    assertThat(e.written()).isEqualTo(openingLength + ack + full.length - step);
    assertThat(Arrays.copyOfRange(out, 0, openingLength)).isEqualTo(Arrays.copyOfRange(full, 0, openingLength));
    assertThat(Arrays.copyOfRange(out, openingLength, openingLength + ack)).containsOnly(FakeProgram.ACK_LEVEL);
    assertThat(Arrays.copyOfRange(out, openingLength + ack, out.length)).isEqualTo(Arrays.copyOfRange(full, step, full.length));
    assertThat(notices).containsExactly("Skipping to Child's pose.");
  }

  @Test
  void nextInTheOutroGoesToTheEndInsteadOfStartingTheOutroAgain() throws IOException {
    long outro = FakeProgram.start(program, Phase.OUTRO, -1);
    playTo(outro + 16_000);
    engine.send(new dev.limber.engine.Command.NextStep());
    engine.step();

    assertThat(engine.state().position()).isEqualTo(program.timeline().length());
    assertThat(notices).containsExactly("Skipping to the end.");
  }

  @Test
  void withoutAFallbackALostDeviceIsAFailure() {
    AudioSink failing = new AudioSink() {
      @Override
      public void write(short[] block, int frames) throws IOException {
        throw new IOException("device unplugged");
      }

      @Override
      public void close() {}
    };
    Engine e = new Engine(program, failing, 1.0, FakeProgram::at, null);

    org.assertj.core.api.Assertions.assertThatThrownBy(e::run).isInstanceOf(IOException.class).hasMessage("device unplugged");
  }
}
