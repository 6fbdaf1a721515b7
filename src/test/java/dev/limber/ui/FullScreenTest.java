package dev.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.limber.audio.Pcm;
import dev.limber.catalog.Catalog;
import dev.limber.catalog.DataDirs;
import dev.limber.catalog.Origin;
import dev.limber.engine.EngineState;
import dev.limber.engine.ListeningSwitch;
import dev.limber.playback.OpenedDevice;
import dev.limber.playback.Outcome;
import dev.limber.playback.PlaySettings;
import dev.limber.playback.Playback;
import dev.limber.playback.Run;
import dev.limber.playback.Wiring;
import dev.limber.session.Breathing;
import dev.limber.session.Count;
import dev.limber.session.Exercise;
import dev.limber.session.Session;
import dev.limber.session.Sides;
import dev.limber.session.Step;
import dev.limber.speech.Speech;
import dev.limber.speech.VoiceSettings;
import dev.limber.timeline.Phase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The full screen driven by keys typed into a virtual terminal, over real runs: a fake voice, a
 * sound card that plays a block only when the test says, a fixed clock, compiles on the calling
 * thread.
 */
class FullScreenTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T07:30:00Z"), ZoneId.of("Europe/Berlin"));
  private static final Theme THEME = new Theme(Theme.DEFAULT, true);

  private final GatedSink card = new GatedSink();
  private final AtomicReference<Run> run = new AtomicReference<>();
  private final RecordingVoice voice = new RecordingVoice();
  private final FakeListening listening = new FakeListening();
  private final DefaultVirtualTerminal terminal =
      new DefaultVirtualTerminal(new TerminalSize(80, 24));
  private CompletableFuture<FullScreen.Result> face;

  /** Leaves no run and no face behind, whatever the test did. */
  @AfterEach
  void stop() throws Exception {
    Run r = run.get();
    if (r != null) {
      r.stopBySignal();
    }
    card.open();
    if (r != null) {
      r.await();
    }
    terminal.addInput(new KeyStroke(KeyType.EOF));
    terminal.addInput(new KeyStroke(KeyType.EOF));
    if (face != null) {
      face.get(5, TimeUnit.SECONDS);
    }
  }

  private static Session session(String id, String title, Step... steps) {
    return new Session(
        id,
        title,
        Optional.of("A session for tests."),
        List.of("Welcome."),
        List.of("Well done."),
        List.of(steps));
  }

  private static Step hold(String name, int seconds, Optional<Breathing> breathing) {
    return new Step(
        name,
        List.of("Lie down."),
        new Exercise.Hold(seconds),
        1,
        Sides.NONE,
        1,
        0,
        Count.NONE,
        breathing,
        List.of(),
        Optional.empty());
  }

  private static final Session WARM_UP =
      session("warm-up", "Warm up", hold("Reach", 5, Optional.empty()));
  private static final Session STRETCH =
      session(
          "stretch",
          "Stretch",
          hold("Knee hug", 20, Optional.of(new Breathing(4, 0, 4))),
          hold("Twist", 5, Optional.empty()));

  private FullScreen.Setup setup() {
    Speech speech =
        new Speech() {
          @Override
          public Pcm synthesize(String text, VoiceSettings settings) {
            short[] samples = new short[text.length() * 640];
            Arrays.fill(samples, (short) 1000);
            return new Pcm(samples);
          }

          @Override
          public void close() {}
        };
    Wiring wiring =
        new Wiring(
            speech,
            name -> new Pcm(new short[4_000]),
            name -> OpenedDevice.opened(card),
            dev.limber.audio.SilentSink::new,
            CLOCK,
            Runnable::run,
            DataDirs.from(Map.of("LIMBER_HOME", "/nonexistent/limber")));
    Playback playback = new Playback(wiring);
    List<Catalog.Entry> entries =
        List.of(
            new Catalog.Entry(WARM_UP, Origin.BUNDLED), new Catalog.Entry(STRETCH, Origin.USER));
    return new FullScreen.Setup(
        entries,
        (s, listener) -> {
          Run started = playback.start(s, PlaySettings.DEFAULT, listener);
          started.listenWith(listening); // as the voice face attaches itself to each run
          run.set(started);
          return started;
        },
        s -> playback.seconds(s, PlaySettings.DEFAULT),
        () -> voice,
        Runnable::run,
        o -> List.of("(the completion log's lines go here)"));
  }

  private void start(Optional<Session> first) {
    FullScreen screen = new FullScreen(Screens.started(terminal), THEME, setup());
    face =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return screen.run(first);
              } catch (Exception e) {
                throw new CompletionException(e);
              }
            });
  }

  /**
   * Types a key and gives the face time to read it (it looks every 10 ms) and send its command, so
   * that the engine, standing between blocks, applies it at the same block every time.
   */
  private void type(char key) throws InterruptedException {
    press(new KeyStroke(key, false, false));
  }

  private void press(KeyStroke key) throws InterruptedException {
    terminal.addInput(key);
    Thread.sleep(200);
  }

  @Test
  void pickByKeysFollowAHoldPauseSkipQuitAndSeeTheEnd() throws Exception {
    start(Optional.empty());
    awaitScreen("picker-driven-80x24");
    terminal.addInput(new KeyStroke(KeyType.ArrowDown));
    voice.await("2 of 2, Stretch");
    terminal.addInput(new KeyStroke(KeyType.Enter));
    Run stretch = awaitRun();

    card.playUntil(
        stretch, s -> s.phase() == Phase.HOLD && s.secondsLeft() == 18 && s.caption().isEmpty());
    awaitScreen("hold-driven-80x24");
    type(' ');
    card.playUntil(stretch, s -> s.status() == EngineState.Status.PAUSED);
    awaitScreen("paused-driven-80x24");
    type(' ');
    card.playUntil(stretch, s -> s.status() == EngineState.Status.PLAYING);
    type('n');
    card.playUntil(stretch, s -> s.step() == 2);
    type('q');
    card.playToTheEnd(stretch);
    awaitScreen("end-driven-80x24");
    type('q');
    FullScreen.Result result = face.get(5, TimeUnit.SECONDS);

    assertThat(result.signalled()).isFalse();
    assertThat(result.last()).get().extracting(Outcome::ending).isEqualTo(Outcome.Ending.QUIT);
    assertThat(result.last().get().stepsSkipped()).isEqualTo(1);
    assertThat(voice.said).first().asString().startsWith("Choose a session. 1 of 2, Warm up");
    assertThat(voice.said)
        .last()
        .asString()
        .startsWith("Stopped at step 2 of 2, Twist: 0 steps done, 1 step skipped");
  }

  @Test
  void aNumberKeyPlaysThatSessionAndEnterAtTheEndGoesBackToThePicker() throws Exception {
    start(Optional.empty());
    awaitText("choose a session");
    type('1');
    Run warmUp = awaitRun();
    card.playToTheEnd(warmUp);
    awaitText("Done: Warm up");
    terminal.addInput(new KeyStroke(KeyType.Enter));
    awaitText("choose a session");
    terminal.addInput(new KeyStroke(KeyType.Escape));

    assertThat(face.get(5, TimeUnit.SECONDS).last())
        .get()
        .extracting(Outcome::ending)
        .isEqualTo(Outcome.Ending.COMPLETED);
  }

  @Test
  void ctrlCStopsTheRunAsASignalDoes() throws Exception {
    start(Optional.of(STRETCH));
    Run stretch = awaitRun();
    card.playUntil(stretch, s -> s.phase() == Phase.HOLD);
    press(new KeyStroke('c', true, false));
    card.playToTheEnd(stretch);
    FullScreen.Result result = face.get(5, TimeUnit.SECONDS);

    assertThat(result.signalled()).isTrue();
    assertThat(result.last()).get().extracting(Outcome::ending).isEqualTo(Outcome.Ending.STOPPED);
  }

  @Test
  void aResizeRedrawsAtTheNewSizeAtOnce() throws Exception {
    start(Optional.of(STRETCH));
    Run stretch = awaitRun();
    card.playUntil(
        stretch, s -> s.phase() == Phase.HOLD && s.secondsLeft() == 18 && s.caption().isEmpty());
    awaitScreen("hold-driven-80x24");
    terminal.setTerminalSize(new TerminalSize(40, 12));
    awaitScreen("hold-driven-40x12");
    terminal.setTerminalSize(new TerminalSize(100, 30));
    awaitScreen("hold-driven-100x30");
  }

  @Test
  void theLKeyTurnsListeningOnAndOffAndTheScreenSaysSoAndWhyItCannot() throws Exception {
    start(Optional.of(STRETCH));
    Run stretch = awaitRun();
    card.playUntil(stretch, s -> s.phase() == Phase.HOLD);
    awaitText("Keys:");
    assertThat(shown()).doesNotContain("Listening");
    type('l');
    card.playUntil(stretch, s -> listening.status().state() == ListeningSwitch.State.ON);
    awaitText("Listening. Keys: space pause or resume");
    type('l');
    card.playUntil(stretch, s -> listening.status().state() == ListeningSwitch.State.OFF);
    awaitText("\nKeys: space pause or resume");
    assertThat(shown()).as("the caption may still say it").doesNotContain("Listening. Keys");
    listening.status = new ListeningSwitch.Status(ListeningSwitch.State.UNAVAILABLE, "no mic");
    awaitText("Voice commands off: no mic");
  }

  /** Voice commands as the key switches them, with no microphone behind. */
  static final class FakeListening implements ListeningSwitch {
    volatile Status status = new Status(State.OFF, "");

    @Override
    public State toggle() {
      State next = status.state() == State.ON ? State.OFF : State.ON;
      status = new Status(next, "");
      return next;
    }

    @Override
    public Status status() {
      return status;
    }
  }

  private Run awaitRun() throws InterruptedException {
    for (int i = 0; i < 500 && run.get() == null; i++) {
      Thread.sleep(10);
    }
    assertThat(run.get()).as("a run started").isNotNull();
    return run.get();
  }

  private void awaitText(String text) throws InterruptedException {
    String shown = "";
    for (int i = 0; i < 300; i++) {
      shown = shown();
      if (shown.contains(text)) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("\"" + text + "\" never appeared; the screen was:\n" + shown);
  }

  /**
   * Waits for the screen to be the golden one (the face redraws ten times a second), then compares.
   */
  private void awaitScreen(String name) throws Exception {
    String expected = Screens.golden(name);
    String shown = shown();
    for (int i = 0; i < 100 && !shown.equals(expected); i++) {
      Thread.sleep(20);
      shown = shown();
    }
    Screens.assertGolden(name, shown);
  }

  /** The screen's text, read under the terminal's lock: the face may be drawing on it. */
  private String shown() {
    synchronized (terminal) {
      return terminal.toString();
    }
  }

  /** A voice that keeps what it is asked to say. */
  static final class RecordingVoice implements Voice {
    final List<String> said = new CopyOnWriteArrayList<>();

    @Override
    public void say(String words) {
      said.add(words);
    }

    @Override
    public boolean silent() {
      return false;
    }

    @Override
    public void close() {}

    void await(String start) throws InterruptedException {
      for (int i = 0; i < 300; i++) {
        if (said.stream().anyMatch(w -> w.startsWith(start))) {
          return;
        }
        Thread.sleep(10);
      }
      throw new AssertionError("never said \"" + start + "\"; said " + said);
    }
  }
}
