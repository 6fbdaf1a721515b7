package dev.limber.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.audio.AudioSink;
import dev.limber.audio.MemorySink;
import dev.limber.engine.EngineState.Status;
import dev.limber.timeline.ClipLengths;
import dev.limber.timeline.Event;
import dev.limber.timeline.Phase;
import dev.limber.timeline.TimelineCompiler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EngineTest {
  private final Program program = FakeProgram.at(135);
  private final MemorySink sink = new MemorySink();
  private final List<String> notices = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final Engine engine = engine(sink);

  /**
   * Compiles run on the calling thread, so a rate change is ready at the next block: no waiting.
   */
  private Engine engine(AudioSink to) {
    return listened(
        new Engine(
            program,
            to,
            new EngineSetup(
                1.0, FakeProgram::at, Runnable::run, Optional.of(MemorySink::new), false)));
  }

  private Engine listened(Engine e) {
    e.addListener(
        new EngineListener() {
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

  private short[] rendered() {
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

  private Event.Say say(String text) {
    return program.timeline().says().stream()
        .filter(s -> s.text().equals(text))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void withoutCommandsItWritesExactlyTheRenderBlockByBlock() throws IOException {
    engine.run();

    assertThat(sink.pcm().samples()).isEqualTo(rendered());
    assertThat(sink.closed()).isTrue();
    assertThat(engine.state().status()).isEqualTo(Status.FINISHED);
    assertThat(engine.state().stepsCompleted()).isEqualTo(3);
    assertThat(engine.played()).isEqualTo(program.timeline().length());
  }

  @Test
  void pauseAddsTheAcknowledgementAndSilenceAndNothingElse() throws IOException {
    long holdStart = FakeProgram.start(program, Phase.HOLD, 0);
    playTo(holdStart + 3 * 16_000);
    long pausedAt = engine.state().position();
    engine.send(new Command.Pause());
    for (int i = 0; i < 100; i++) {
      engine.step();
    }
    assertThat(engine.state().position()).isEqualTo(pausedAt);
    assertThat(engine.state().status()).isEqualTo(Status.PAUSED);
    engine.send(new Command.Resume());
    engine.run();

    short[] out = sink.pcm().samples();
    short[] whole = rendered();
    int paused = "Paused.".length() * 200;
    int resumed = "Resumed.".length() * 200;
    int at = (int) pausedAt;
    assertThat(Arrays.copyOfRange(out, 0, at)).isEqualTo(Arrays.copyOfRange(whole, 0, at));
    assertThat(Arrays.copyOfRange(out, at, at + paused)).containsOnly(FakeProgram.ACK_LEVEL);
    int block = Mixer.BLOCK;
    int silenceEnd = at + 100 * block - (paused / block + 1) * block + paused;
    assertThat(Arrays.copyOfRange(out, at + paused, silenceEnd)).containsOnly((short) 0);
    assertThat(Arrays.copyOfRange(out, silenceEnd, silenceEnd + resumed))
        .containsOnly(FakeProgram.ACK_LEVEL);
    assertThat(Arrays.copyOfRange(out, silenceEnd + resumed, out.length))
        .isEqualTo(Arrays.copyOfRange(whole, at, whole.length));
    assertThat(notices).containsExactly("Paused.", "Resumed.");
    assertThat(engine.played())
        .as("pauses and answers are not session played")
        .isEqualTo(whole.length);
  }

  @Test
  void resumingInTheMiddleOfAPhraseSaysItAgainFromItsStart() throws IOException {
    Event.Say name = say("Bridge.");
    playTo(name.start() + 1_000);
    engine.send(new Command.Pause());
    engine.step();
    engine.send(new Command.Resume());
    engine.step();

    assertThat(engine.state().position()).isEqualTo(name.start());
  }

  @Test
  void nextJumpsToTheStartOfTheNextStepSaysWhereAndCountsTheStepAsSkipped() throws IOException {
    playTo(FakeProgram.start(program, Phase.HOLD, 0) + 16_000);
    engine.send(new Command.NextStep());
    engine.step();

    assertThat(engine.state().step()).isEqualTo(2);
    assertThat(engine.state().phase()).isEqualTo(Phase.INSTRUCTIONS);
    assertThat(engine.state().position())
        .isEqualTo(FakeProgram.start(program, Phase.INSTRUCTIONS, 1));
    assertThat(notices).containsExactly("Skipping to Bridge.");
    engine.run();
    assertThat(engine.state().stepsSkipped()).isEqualTo(1);
    assertThat(engine.state().stepsCompleted()).isEqualTo(2);
  }

  @Test
  void aSkippedStepThatIsGoneBackToAndFinishedCountsAsCompleted() throws IOException {
    playTo(FakeProgram.start(program, Phase.HOLD, 0) + 16_000);
    engine.send(new Command.NextStep());
    engine.step();
    engine.send(new Command.PreviousStep());
    engine.step();
    engine.run();

    assertThat(notices).containsExactly("Skipping to Bridge.", "Back to Child's pose.");
    assertThat(engine.state().stepsCompleted()).isEqualTo(3);
    assertThat(engine.state().stepsSkipped()).isZero();
  }

  @Test
  void previousRestartsTheStepAfterThreeSecondsAndGoesBackBeforeThat() throws IOException {
    long bridge = FakeProgram.start(program, Phase.INSTRUCTIONS, 1);
    playTo(bridge + 16_000);
    engine.send(new Command.PreviousStep());
    engine.step();
    assertThat(engine.state().position())
        .isEqualTo(FakeProgram.start(program, Phase.INSTRUCTIONS, 0));

    playTo(bridge + 5 * 16_000);
    engine.send(new Command.PreviousStep());
    engine.step();
    assertThat(engine.state().position()).isEqualTo(bridge);
    assertThat(notices).containsExactly("Back to Child's pose.", "Again: Bridge.");
  }

  @Test
  void theStateSaysWhereTheSessionIsInWordsAndEnums() throws IOException {
    long hold = FakeProgram.start(program, Phase.HOLD, 0);
    playTo(hold + 5 * 16_000);

    EngineState s = engine.state();
    assertThat(s.status()).isEqualTo(Status.PLAYING);
    assertThat(s.sessionId()).isEqualTo("fake");
    assertThat(s.title()).isEqualTo("Fake");
    assertThat(s.phase()).isEqualTo(Phase.HOLD);
    assertThat(s.step()).isEqualTo(1);
    assertThat(s.steps()).isEqualTo(3);
    assertThat(s.stepName()).isEqualTo("Child's pose");
    assertThat(s.nextStep()).isEqualTo("Bridge");
    assertThat(s.side()).isEqualTo(EngineState.Side.NONE);
    assertThat(s.breath()).isEqualTo(EngineState.Breath.NONE);
    assertThat(s.secondsLeft()).isEqualTo(15);
    assertThat(s.progress()).isBetween(0.01, 0.9);
    assertThat(s.volume()).isEqualTo(1.0);
    assertThat(s.rate()).isEqualTo(135);
    assertThat(s.captionsOnly()).isFalse();

    playTo(FakeProgram.start(program, Phase.REST, 0) + 16_000);
    assertThat(engine.state().phase()).isEqualTo(Phase.REST);
    assertThat(engine.state().secondsLeft()).isEqualTo(3);
    assertThat(engine.state().nextStep()).isEqualTo("Bridge");
    assertThat(engine.state().stepsCompleted()).isEqualTo(1);

    Event.Say twist = say("Twist.");
    playTo(twist.start() + 100);
    assertThat(engine.state().caption()).isEqualTo("Twist.");
    assertThat(engine.state().nextStep()).isEmpty();
  }

  @Test
  void repeatSaysTheStepsInstructionInItsPreparationAndItsHoldWhileTheTimelineWaits()
      throws IOException {
    for (long at :
        List.of(
            say("Get into position.").end() + 100,
            FakeProgram.start(program, Phase.HOLD, 0) + 16_000)) {
      playTo(at);
      long before = engine.state().position();
      engine.send(new Command.Repeat());
      engine.step();
      assertThat(engine.state().position()).isEqualTo(before);
      assertThat(engine.state().caption()).isEqualTo("Do it.");
      while (!engine.state().caption().isEmpty()) {
        engine.step();
      }
    }
    assertThat(notices).containsExactly("Do it.", "Do it.");
  }

  @Test
  void whereSaysTheStepWhatComesNextAndTheTimeLeft() throws IOException {
    playTo(FakeProgram.start(program, Phase.HOLD, 1) + 16_000);
    engine.send(new Command.Where());
    engine.step();

    long left = engine.state().secondsLeftInSession();
    assertThat(notices)
        .containsExactly("Step 2 of 3: Bridge. Next: Twist. " + Acknowledgements.timeLeft(left));
  }

  @Test
  void aFasterRateTakesEffectBetweenPhrasesAndKeepsTheHoldExact() throws Exception {
    long hold = FakeProgram.start(program, Phase.HOLD, 0);
    playTo(hold + 2 * 16_000);
    engine.send(new Command.ChangeRate(30));
    engine.step();
    engine.step();

    Program faster = FakeProgram.at(165);
    long newHold = FakeProgram.start(faster, Phase.HOLD, 0);
    assertThat(engine.state().rate()).isEqualTo(165);
    assertThat(engine.state().phase()).isEqualTo(Phase.HOLD);
    assertThat(engine.state().position() - newHold).isBetween(2L * 16_000, 7L * 16_000);
    assertThat(notices).containsExactly("Faster, 165.");
  }

  @Test
  void aRateThatCannotBeCompiledIsOneClearWarningAndTheNextPressCountsFromTheRateThatPlays()
      throws Exception {
    List<Integer> tried = new CopyOnWriteArrayList<>();
    Function<Integer, Program> failing =
        rate -> {
          tried.add(rate);
          throw new IllegalStateException("the voice cannot speak at " + rate);
        };
    Engine e =
        listened(
            new Engine(
                program,
                sink,
                new EngineSetup(1.0, failing, Runnable::run, Optional.empty(), false)));
    for (int press = 1; press <= 2; press++) {
      e.send(new Command.ChangeRate(30));
      e.step();
      e.step();
    }

    assertThat(warnings)
        .containsExactly(
            "could not change the speech rate: the voice cannot speak at 165",
            "could not change the speech rate: the voice cannot speak at 165");
    assertThat(tried).containsExactly(165, 165);
    assertThat(e.state().rate()).isEqualTo(135);
  }

  @Test
  void volumeStepsInTenthsUpToTheLimitAndSaysSo() throws IOException {
    playTo(16_000);
    for (int i = 0; i < 6; i++) {
      engine.send(new Command.ChangeVolume(KeyTable.VOLUME_STEP));
    }
    engine.send(new Command.SetVolume(0.333));
    engine.step();

    assertThat(notices)
        .containsExactly(
            "Volume 110 percent.",
            "Volume 120 percent.",
            "Volume 130 percent.",
            "Volume 140 percent.",
            "Volume 150 percent.",
            "This is the loudest.",
            "Volume 30 percent.");
    assertThat(engine.state().volume()).isEqualTo(0.3);
  }

  @Test
  void aNewVolumeWaitsForTheEndOfThePhraseBeingSaid() throws IOException {
    Event.Say said =
        program.timeline().says().stream()
            .filter(e -> e.frames() > 4 * Mixer.BLOCK)
            .findFirst()
            .orElseThrow();
    playTo(said.start() + Mixer.BLOCK);
    int at = (int) engine.state().position();
    engine.send(new Command.SetVolume(0));
    engine.run();

    // the answer "Volume 0 percent." is heard at the old volume, then the session goes on from
    // where it was
    int ack = "Volume 0 percent.".length() * 200;
    short[] played = sink.pcm().samples();
    assertThat(Arrays.copyOfRange(played, at, at + ack)).containsOnly(FakeProgram.ACK_LEVEL);
    short[] out = new short[played.length - ack];
    System.arraycopy(played, 0, out, 0, at);
    System.arraycopy(played, at + ack, out, at, out.length - at);
    short[] whole = rendered();
    int end = (int) said.end();
    assertThat(Arrays.copyOfRange(out, at, end))
        .as("the phrase goes on as it was")
        .isEqualTo(Arrays.copyOfRange(whole, at, end));
    assertThat(Arrays.copyOfRange(whole, at, end))
        .as("the phrase is audible")
        .isNotEqualTo(new short[end - at]);
    assertThat(Arrays.copyOfRange(out, end, out.length))
        .as("then silence at volume 0")
        .containsOnly((short) 0);
  }

  @Test
  void aDeviceLostMidSessionWarnsAndPlaybackGoesOnWithCaptionsAlone() throws IOException {
    AudioSink failing =
        new AudioSink() {
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

    assertThat(e.state().status()).isEqualTo(Status.FINISHED);
    assertThat(e.state().captionsOnly()).isTrue();
    assertThat(e.written()).isEqualTo(program.timeline().length());
    assertThat(warnings).containsExactly("device unplugged; going on without sound");
  }

  @Test
  void stopSaysStoppedAndThenEnds() throws IOException {
    playTo(16_000);
    engine.send(new Command.Stop());
    long before = engine.written();
    while (engine.step()) {
      // the answer plays out
    }

    assertThat(engine.written() - before).isEqualTo("Stopped.".length() * 200);
    assertThat(engine.state().status()).isEqualTo(Status.STOPPED);
    assertThat(notices).containsExactly("Stopped.");
  }

  @Test
  void haltEndsWithinOneBlockWithoutAWord() throws IOException {
    playTo(16_000);
    engine.halt();
    long before = engine.written();

    assertThat(engine.step()).isFalse();
    assertThat(engine.written()).isEqualTo(before);
    assertThat(engine.state().status()).isEqualTo(Status.STOPPED);
    assertThat(notices).isEmpty();
  }

  @Test
  void theOpeningPlaysWhileTheSessionCompilesAndTheSessionContinuesSeamlessly() throws IOException {
    Program opening =
        new Program(
            program.session(),
            TimelineCompiler.opening(
                new ClipLengths() {
                  @Override
                  public long speechFrames(String text, int rate) {
                    throw new AssertionError("the opening needs no speech");
                  }

                  @Override
                  public long soundFrames(String name) {
                    return 4_000;
                  }
                }),
            program.clips(),
            program.phrases(),
            135);
    CompletableFuture<Program> whole = new CompletableFuture<>();
    Engine e =
        listened(
            new Engine(
                opening,
                sink,
                new EngineSetup(1.0, FakeProgram::at, Runnable::run, Optional.empty(), false)));
    e.continueWith(whole);
    int openingLength =
        (int) opening.timeline().length(); // 0.3 s of silence, then the 4,000-frame chime
    for (int i = 0;
        i < 2 * openingLength / Mixer.BLOCK;
        i++) { // twice the opening: it ends, then the engine waits
      e.step();
    }
    assertThat(e.state().status()).isEqualTo(Status.LOADING);
    e.send(new Command.NextStep());
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
    assertThat(Arrays.copyOfRange(out, 0, openingLength))
        .isEqualTo(Arrays.copyOfRange(full, 0, openingLength));
    assertThat(Arrays.copyOfRange(out, openingLength, openingLength + ack))
        .containsOnly(FakeProgram.ACK_LEVEL);
    assertThat(Arrays.copyOfRange(out, openingLength + ack, out.length))
        .isEqualTo(Arrays.copyOfRange(full, step, full.length));
    assertThat(notices).containsExactly("Skipping to Child's pose.");
  }

  @Test
  void aQuitDuringTheOpeningEndsAtOnceWithoutWaitingForTheVoice() throws IOException {
    Engine e =
        listened(
            new Engine(
                program,
                sink,
                new EngineSetup(1.0, FakeProgram::at, Runnable::run, Optional.empty(), false)));
    e.continueWith(new CompletableFuture<>()); // never ready: the voice is still loading
    e.send(new Command.Stop());

    assertThat(e.step()).isFalse();
    assertThat(e.state().status()).isEqualTo(Status.STOPPED);
  }

  @Test
  void nextInTheOutroGoesToTheEndInsteadOfStartingTheOutroAgain() throws IOException {
    long outro = FakeProgram.start(program, Phase.OUTRO, -1);
    playTo(outro + 16_000);
    engine.send(new Command.NextStep());
    engine.step();

    assertThat(engine.state().position()).isEqualTo(program.timeline().length());
    assertThat(notices).containsExactly("Skipping to the end.");
  }

  @Test
  void withoutAFallbackALostDeviceIsAFailure() {
    AudioSink failing =
        new AudioSink() {
          @Override
          public void write(short[] block, int frames) throws IOException {
            throw new IOException("device unplugged");
          }

          @Override
          public void close() {}
        };
    Engine e = new Engine(program, failing, EngineSetup.unattended(program, 1.0));

    assertThatThrownBy(e::run).isInstanceOf(IOException.class).hasMessage("device unplugged");
  }
}
