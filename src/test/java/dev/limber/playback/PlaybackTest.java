package dev.limber.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.audio.AudioSink;
import dev.limber.audio.MemorySink;
import dev.limber.audio.Pcm;
import dev.limber.catalog.DataDirs;
import dev.limber.engine.Command;
import dev.limber.engine.EngineListener;
import dev.limber.engine.EngineState;
import dev.limber.history.HistoryReader;
import dev.limber.history.RunFilter;
import dev.limber.history.RunLog;
import dev.limber.history.RunOrigin;
import dev.limber.history.RunOutcome;
import dev.limber.history.RunStart;
import dev.limber.session.Count;
import dev.limber.session.Exercise;
import dev.limber.session.Session;
import dev.limber.session.Sides;
import dev.limber.session.Step;
import dev.limber.speech.Speech;
import dev.limber.speech.SpeechException;
import dev.limber.speech.VoiceSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs in memory: a fake voice, memory sinks, a fixed clock, compiles on the calling thread.
 */
class PlaybackTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T07:30:00Z"), ZoneId.of("Europe/Berlin"));

  private final List<MemorySink> devices = new CopyOnWriteArrayList<>();
  private final List<MemorySink> silences = new CopyOnWriteArrayList<>();
  private final AtomicReference<Speech> voice = new AtomicReference<>(new FakeSpeech());

  private Wiring wiring(DeviceOpener opener) {
    return new Wiring(
        text(),
        name -> constant(4_000, 500),
        opener,
        () -> {
          MemorySink silent = new MemorySink();
          silences.add(silent);
          return silent;
        },
        CLOCK,
        Runnable::run,
        DataDirs.from(Map.of("LIMBER_HOME", "/nonexistent/limber")));
  }

  private Speech text() {
    return new Speech() {
      @Override
      public Pcm synthesize(String text, VoiceSettings settings) {
        return voice.get().synthesize(text, settings);
      }

      @Override
      public void close() {}
    };
  }

  private DeviceOpener memoryCard() {
    return name -> {
      MemorySink card = new MemorySink();
      devices.add(card);
      return OpenedDevice.opened(card);
    };
  }

  /**
   * A card that takes no sound until {@code go} opens: in memory a session otherwise plays to its
   * end before a test can send it a command.
   */
  private static DeviceOpener heldCard(java.util.concurrent.CountDownLatch go) {
    return name -> {
      MemorySink card = new MemorySink();
      return OpenedDevice.opened(
          new AudioSink() {
            @Override
            public void write(short[] block, int frames) throws IOException {
              try {
                go.await();
              } catch (InterruptedException e) {
                throw new IOException(e);
              }
              card.write(block, frames);
            }

            @Override
            public void close() throws IOException {
              card.close();
            }
          });
    };
  }

  private static Session session(String id, int steps) {
    List<Step> list = new ArrayList<>();
    for (int i = 1; i <= steps; i++) {
      list.add(
          new Step(
              "Stretch " + i,
              List.of("Breathe easy."),
              new Exercise.Hold(3),
              1,
              Sides.NONE,
              1,
              2,
              Count.LAST5,
              Optional.empty(),
              List.of(),
              Optional.empty()));
    }
    return new Session(
        id, "Session " + id, Optional.empty(), List.of("Welcome."), List.of("Well done."), list);
  }

  @Test
  void twoSessionsInARowInOneProcessEachPlayWholeAndLeaveNoThreadBehind() throws Exception {
    Playback playback = new Playback(wiring(memoryCard()));
    List<Outcome> outcomes = new ArrayList<>();
    for (Session s : List.of(session("first", 2), session("second", 3))) {
      List<String> ready = new ArrayList<>();
      Run run =
          playback.start(
              s,
              PlaySettings.DEFAULT,
              new EngineListener() {
                @Override
                public void onReady(EngineState state) {
                  ready.add(state.sessionId());
                }
              });
      outcomes.add(run.await());
      assertThat(ready).containsExactly(s.id());
    }

    assertThat(outcomes)
        .extracting(Outcome::ending)
        .containsExactly(Outcome.Ending.COMPLETED, Outcome.Ending.COMPLETED);
    assertThat(outcomes).extracting(Outcome::stepsCompleted).containsExactly(2, 3);
    assertThat(outcomes)
        .extracting(o -> o.last().title())
        .containsExactly("Session first", "Session second");
    assertThat(outcomes.get(0).started()).isEqualTo(Instant.parse("2026-12-01T07:30:00Z"));
    assertThat(outcomes.get(1).framesPlayed())
        .isEqualTo(outcomes.get(1).last().length())
        .isPositive();
    assertThat(devices).hasSize(2).allMatch(MemorySink::closed);
    assertThat(devices.get(1).pcm().frames()).isGreaterThan(devices.get(0).pcm().frames());
    assertThat(threadsOf(Thread.getAllStackTraces().keySet())).isEmpty();
  }

  private static List<String> threadsOf(java.util.Set<Thread> threads) throws InterruptedException {
    for (Thread t : threads) {
      if (t.getName().startsWith("limber-")) {
        t.join(1_000);
      }
    }
    return threads.stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("limber-"))
        .toList();
  }

  @Test
  void aQuitAndASignalAreToldApart() throws Exception {
    // the card takes no sound until both are asked to stop: in memory a session otherwise plays to
    // its end before the test can stop it
    java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
    DeviceOpener held = heldCard(asked);
    Playback playback = new Playback(wiring(held));
    Run quit = playback.start(session("a", 2), PlaySettings.DEFAULT);
    quit.send(new Command.Stop());
    Run signalled = playback.start(session("b", 2), PlaySettings.DEFAULT);
    signalled.stopBySignal();
    asked.countDown();

    assertThat(quit.await().ending()).isEqualTo(Outcome.Ending.QUIT);
    assertThat(signalled.await().ending()).isEqualTo(Outcome.Ending.STOPPED);
    assertThat(signalled.await().last().status()).isEqualTo(EngineState.Status.STOPPED);
  }

  @Test
  void withNoDeviceAnInteractiveRunGoesOnWithCaptionsAndSaysSo() throws Exception {
    Playback playback =
        new Playback(
            wiring(
                name ->
                    OpenedDevice.none(OpenedDevice.Missing.NO_DEVICE, "no audio device found")));
    List<String> warnings = new ArrayList<>();
    Run run =
        playback.start(
            session("a", 1),
            PlaySettings.DEFAULT,
            new EngineListener() {
              @Override
              public void onWarning(String message) {
                warnings.add(message);
              }
            });
    Outcome outcome = run.await();

    assertThat(outcome.ending()).isEqualTo(Outcome.Ending.COMPLETED);
    assertThat(outcome.last().captionsOnly()).isTrue();
    assertThat(warnings).containsExactly("no audio device found; playing silently, with captions");
    assertThat(silences).hasSize(1);
    assertThat(silences.get(0).pcm().frames()).isEqualTo(outcome.last().length());
  }

  @Test
  void aDeviceNamedThatIsNotThereOrNoDeviceForAHeadlessRunIsRefused() {
    Playback playback =
        new Playback(
            wiring(
                name ->
                    name.isPresent()
                        ? OpenedDevice.none(
                            OpenedDevice.Missing.NO_MATCH,
                            "no audio device matches \"usb\" (see 'limber devices')")
                        : OpenedDevice.none(
                            OpenedDevice.Missing.NO_DEVICE, "no audio device found")));
    PlaySettings named =
        new PlaySettings(
            PlaySettings.DEFAULT.timeline(), VoiceSettings.DEFAULT, Optional.of("usb"), false);
    PlaySettings headless =
        new PlaySettings(
            PlaySettings.DEFAULT.timeline(), VoiceSettings.DEFAULT, Optional.empty(), true);

    assertThatThrownBy(() -> playback.start(session("a", 1), named))
        .isInstanceOf(NoSoundException.class)
        .hasMessage("no audio device matches \"usb\" (see 'limber devices')");
    assertThatThrownBy(() -> playback.start(session("a", 1), headless))
        .isInstanceOf(NoSoundException.class)
        .hasMessage("no audio device found; a headless run needs a sound card");
  }

  @Test
  void aHeadlessRunWhoseDeviceIsLostEndsWithDeviceLost() throws Exception {
    AudioSink failing =
        new AudioSink() {
          private int blocks;

          @Override
          public void write(short[] block, int frames) throws IOException {
            if (++blocks > 20) {
              throw new IOException("device unplugged");
            }
          }

          @Override
          public void close() {}
        };
    Playback playback = new Playback(wiring(name -> OpenedDevice.opened(failing)));
    PlaySettings headless =
        new PlaySettings(
            PlaySettings.DEFAULT.timeline(), VoiceSettings.DEFAULT, Optional.empty(), true);
    Outcome outcome = playback.start(session("a", 1), headless).await();

    assertThat(outcome.ending()).isEqualTo(Outcome.Ending.DEVICE_LOST);
    assertThat(outcome.failure())
        .get()
        .extracting(Exception::getMessage)
        .isEqualTo("device unplugged");
  }

  @Test
  void aVoiceThatFailsEndsTheRunAsFailedWithItsReason() throws Exception {
    Playback playback = new Playback(wiring(memoryCard()));
    voice.set(
        new Speech() {
          @Override
          public Pcm synthesize(String text, VoiceSettings settings) {
            throw new SpeechException("the voice kevin16 is missing", null);
          }

          @Override
          public void close() {}
        });
    Outcome outcome = playback.start(session("a", 1), PlaySettings.DEFAULT).await();

    assertThat(outcome.ending()).isEqualTo(Outcome.Ending.FAILED);
    assertThat(outcome.failure()).get().isInstanceOf(SpeechException.class);
    assertThat(devices.get(0).closed()).isTrue();
  }

  @Test
  void recordedRunsReachTheCompletionLogWithTheirOutcomeProgressAndFingerprint(@TempDir Path dir)
      throws Exception {
    Path db = dir.resolve("history.db");
    byte[] source = "{\"the\": \"session file\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Playback playback = new Playback(wiring(memoryCard()));
    try (RunLog log =
        RunLog.open(
            db,
            dir.resolve("cache"),
            line -> {
              throw new AssertionError(line);
            })) {
      Playback.Starting completed =
          playback
              .prepare(PlaySettings.DEFAULT)
              .recordedAs(
                  new Recording(log, RunStart.newId(), RunOrigin.PLAIN, source, OptionalInt.of(6)));
      completed.start(session("done", 3)).await();
      java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
      Run quit =
          new Playback(wiring(heldCard(asked)))
              .prepare(PlaySettings.DEFAULT)
              .recordedAs(
                  new Recording(
                      log, RunStart.newId(), RunOrigin.HEADLESS, source, OptionalInt.empty()))
              .start(session("quit", 3));
      quit.send(new Command.NextStep());
      quit.send(new Command.Stop());
      asked.countDown();
      quit.await();
    }

    List<dev.limber.history.Run> runs =
        HistoryReader.read(db, dir.resolve("cache"), RunFilter.ALL).orElseThrow();
    assertThat(runs)
        .extracting(dev.limber.history.Run::sessionId)
        .containsExactlyInAnyOrder("done", "quit");
    dev.limber.history.Run done =
        runs.stream().filter(r -> r.sessionId().equals("done")).findFirst().orElseThrow();
    assertThat(done.outcome()).contains(RunOutcome.COMPLETED);
    assertThat(done.stepsCompleted()).hasValue(3);
    assertThat(done.painBefore()).hasValue(6);
    assertThat(done.origin()).isEqualTo(RunOrigin.PLAIN);
    assertThat(done.sessionSha256()).isEqualTo(RunStart.sha256(source));
    assertThat(done.startedAt().toInstant()).isEqualTo(CLOCK.instant());
    dev.limber.history.Run stopped =
        runs.stream().filter(r -> r.sessionId().equals("quit")).findFirst().orElseThrow();
    assertThat(stopped.outcome()).contains(RunOutcome.QUIT);
    assertThat(stopped.origin()).isEqualTo(RunOrigin.HEADLESS);
    assertThat(threadsOf(Thread.getAllStackTraces().keySet())).isEmpty();
  }

  @Test
  void whenDoneHearsTheOutcomeAlsoAfterTheEnd() throws Exception {
    Run run = new Playback(wiring(memoryCard())).start(session("a", 1), PlaySettings.DEFAULT);
    Outcome outcome = run.await();
    List<Outcome> heard = new ArrayList<>();
    run.whenDone(heard::add);

    assertThat(heard).containsExactly(outcome);
    assertThat(run.outcome()).contains(outcome);
  }

  static Pcm constant(int frames, int level) {
    short[] samples = new short[frames];
    Arrays.fill(samples, (short) level);
    return new Pcm(samples);
  }

  /** A voice that speaks 40 ms a character, at a constant level. */
  static final class FakeSpeech implements Speech {
    @Override
    public Pcm synthesize(String text, VoiceSettings settings) {
      return constant(text.length() * 640, 1000);
    }

    @Override
    public void close() {}
  }
}
