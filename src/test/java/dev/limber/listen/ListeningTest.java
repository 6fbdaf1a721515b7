package dev.limber.listen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.audio.AudioSink;
import dev.limber.audio.Pcm;
import dev.limber.catalog.DataDirs;
import dev.limber.engine.EngineState;
import dev.limber.engine.ListeningSwitch;
import dev.limber.playback.OpenedDevice;
import dev.limber.playback.PlaySettings;
import dev.limber.playback.Playback;
import dev.limber.playback.Run;
import dev.limber.playback.Wiring;
import dev.limber.session.Count;
import dev.limber.session.Exercise;
import dev.limber.session.Session;
import dev.limber.session.Sides;
import dev.limber.session.Step;
import dev.limber.speech.Speech;
import dev.limber.speech.VoiceSettings;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The voice face on a whole session in memory: a fake voice, a sink paced at ten times real time, a
 * fake recognizer that hears what the test tells it. What it hears reaches the run, through the
 * gate, as keys do.
 */
class ListeningTest {
  private static final long S = Listening.SAMPLE_RATE;

  private final BlockingQueue<Optional<Heard>> said = new LinkedBlockingQueue<>();
  private final List<String> warnings = new CopyOnWriteArrayList<>();
  private final List<Run> runs = new ArrayList<>();
  private int microphonesOpened;

  @AfterEach
  void stopRuns() throws InterruptedException {
    said.add(Optional.empty());
    for (Run run : runs) {
      run.stopBySignal();
      run.await();
    }
  }

  private Listening listening(boolean on) {
    return new Listening(
        () -> {
          microphonesOpened++;
          return new Silence();
        },
        FakeDecoder::new,
        on,
        warnings::add);
  }

  /**
   * Hears what the test says, each as 1.5 s of words that ended just now: it reads their audio from
   * the microphone, as the real one does.
   */
  private final class FakeDecoder implements Decoder {
    private final InputStream audio;
    private long read;

    FakeDecoder(InputStream audio) {
      this.audio = audio;
    }

    @Override
    public Optional<Heard> next() throws IOException {
      Optional<Heard> heard;
      try {
        heard = said.take().map(c -> new Heard(c.command(), read, read + 3 * S / 2));
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
      read += audio.readNBytes((int) (3 * S)).length / 2;
      return heard;
    }

    @Override
    public void close() {
      said.add(Optional.empty());
    }
  }

  /** Says a command that ended just now, as the microphone heard it. */
  private void say(VoiceCommand command) {
    said.add(Optional.of(new Heard(command, 0, 0)));
  }

  private Run play(Listening listening) {
    Run run =
        new Playback(wiring())
            .withEachRun(listening::attach)
            .start(session(), PlaySettings.DEFAULT);
    runs.add(run);
    return run;
  }

  @Test
  void limberPauseInAQuietMomentPausesAndLimberResumeGoesOn() throws Exception {
    try (Listening listening = listening(true)) {
      Run run = play(listening);
      waitFor(() -> quiet(run), "a quiet moment of the hold");
      say(VoiceCommand.PAUSE);
      waitFor(() -> run.state().status() == EngineState.Status.PAUSED, "paused");
      waitFor(() -> quiet(run), "Paused. said");
      say(VoiceCommand.RESUME);
      waitFor(() -> run.state().status() == EngineState.Status.PLAYING, "playing again");
      assertThat(warnings).isEmpty();
    }
  }

  @Test
  void whatIsHeardWhileTheProgramSpeaksIsThrownAway() throws Exception {
    try (Listening listening = listening(true)) {
      Run run = play(listening);
      waitFor(() -> run.state().caption().equals("Breathe easy and hold."), "an instruction");
      say(VoiceCommand.PAUSE);
      Thread.sleep(300);
      assertThat(run.state().status()).isEqualTo(EngineState.Status.PLAYING);
    }
  }

  @Test
  void stopIsAskedAndOnlyYesStops() throws Exception {
    try (Listening listening = listening(true)) {
      Run run = play(listening);
      waitFor(() -> quiet(run), "a quiet moment");
      say(VoiceCommand.STOP);
      waitFor(() -> run.state().caption().startsWith("Stop the session?"), "the question");
      waitFor(() -> quiet(run), "the question said");
      say(VoiceCommand.YES);
      assertThat(run.await().last().status()).isEqualTo(EngineState.Status.STOPPED);
    }
  }

  @Test
  void theKeyStartsListeningAndStopsIt() throws Exception {
    try (Listening listening = listening(false)) {
      Run run = play(listening);
      waitFor(() -> quiet(run), "a quiet moment");
      say(VoiceCommand.PAUSE);
      Thread.sleep(200);
      assertThat(run.state().status()).as("not listening").isEqualTo(EngineState.Status.PLAYING);
      assertThat(microphonesOpened).isZero();

      assertThat(run.listening().state()).isEqualTo(ListeningSwitch.State.OFF);

      assertThat(listening.toggle()).isEqualTo(ListeningSwitch.State.ON);
      assertThat(run.listening().state())
          .as("what the screen shows")
          .isEqualTo(ListeningSwitch.State.ON);
      waitFor(() -> run.state().status() == EngineState.Status.PAUSED, "paused by the voice");
      assertThat(microphonesOpened).isEqualTo(1);
      assertThat(listening.toggle()).isEqualTo(ListeningSwitch.State.OFF);
      assertThat(listening.on()).isFalse();
      assertThat(run.listening().state()).isEqualTo(ListeningSwitch.State.OFF);
    }
  }

  @Test
  void noMicrophoneIsOneWarningAndTheSessionPlaysOn() throws Exception {
    try (Listening listening =
        new Listening(
            () -> {
              throw new IOException("no microphone found");
            },
            FakeDecoder::new,
            true,
            warnings::add)) {
      Run run = play(listening);
      waitFor(() -> !warnings.isEmpty(), "the warning");
      assertThat(warnings)
          .containsExactly("no microphone found; voice commands are off, the keys work as usual");
      assertThat(run.listening())
          .as("what the screen shows")
          .isEqualTo(
              new ListeningSwitch.Status(ListeningSwitch.State.UNAVAILABLE, "no microphone found"));
      assertThat(listening.toggle()).isEqualTo(ListeningSwitch.State.UNAVAILABLE);
      assertThat(run.state().status()).isIn(EngineState.Status.PLAYING, EngineState.Status.LOADING);
    }
  }

  private static boolean quiet(Run run) {
    long now = run.written() - Listening.OUTPUT_DELAY;
    return run.state().status() != EngineState.Status.LOADING
        && now > 2 * S
        && !run.sounds().soundedBetween(now - 2 * S, now + S / 2);
  }

  private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(end);
      Thread.sleep(2);
    }
  }

  private static Session session() {
    Step step =
        new Step(
            "Stretch",
            List.of("Breathe easy and hold."),
            new Exercise.Hold(60),
            1,
            Sides.NONE,
            1,
            2,
            Count.NONE,
            Optional.empty(),
            List.of(),
            Optional.empty());
    return new Session("voice", "Voice", Optional.empty(), List.of(), List.of(), List.of(step));
  }

  private static Wiring wiring() {
    Speech speech =
        new Speech() {
          @Override
          public Pcm synthesize(String text, VoiceSettings settings) {
            return constant(text.length() * 400, 1000);
          }

          @Override
          public void close() {}
        };
    return new Wiring(
        speech,
        name -> constant(4_000, 500),
        name -> OpenedDevice.opened(new TenTimesRealTime()),
        TenTimesRealTime::new,
        Clock.fixed(Instant.parse("2026-12-01T07:30:00Z"), ZoneOffset.UTC),
        Runnable::run,
        DataDirs.from(Map.of("LIMBER_HOME", "/nonexistent/limber")));
  }

  private static Pcm constant(int frames, int level) {
    short[] s = new short[frames];
    java.util.Arrays.fill(s, (short) level);
    return new Pcm(s);
  }

  @Test
  void switchingListeningOffEndsItsThreadAndOnAgainListensAnew() throws Exception {
    java.util.concurrent.atomic.AtomicInteger opened =
        new java.util.concurrent.atomic.AtomicInteger();
    Listening listening =
        new Listening(
            () -> {
              opened.incrementAndGet();
              return new LineAfterClose();
            },
            ReadsToTheEnd::new,
            false,
            w -> {});
    try {
      assertThat(listening.toggle()).isEqualTo(ListeningSwitch.State.ON);
      waitFor(() -> listeningThreads() == 1);
      assertThat(listening.toggle()).isEqualTo(ListeningSwitch.State.OFF);
      // its stream now ends, as javax.sound's over a closed line does not: the thread is gone
      waitFor(() -> listeningThreads() == 0);
      assertThat(listening.toggle()).isEqualTo(ListeningSwitch.State.ON);
      waitFor(() -> listeningThreads() == 1 && opened.get() == 2);
    } finally {
      listening.close();
    }
    waitFor(() -> listeningThreads() == 0);
  }

  private static long listeningThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("limber-listen") && t.isAlive())
        .count();
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  /** A microphone line as javax.sound gives it: silence, then 0 bytes for ever once closed. */
  private static final class LineAfterClose extends InputStream {
    private volatile boolean closed;

    @Override
    public int read() {
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (closed) {
        return 0;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
      java.util.Arrays.fill(b, off, off + len, (byte) 0);
      return len;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** A decoder that reads its stream until it ends, as Sphinx4's does, and hears nothing. */
  private static final class ReadsToTheEnd implements Decoder {
    private final InputStream audio;

    ReadsToTheEnd(InputStream audio) {
      this.audio = audio;
    }

    @Override
    public Optional<Heard> next() throws IOException {
      byte[] frame = new byte[320];
      while (audio.read(frame, 0, frame.length) >= 0) {
        // silence: nothing to hear
      }
      return Optional.empty();
    }

    @Override
    public void close() {}
  }

  /** A microphone in a silent room. */
  private static final class Silence extends InputStream {
    @Override
    public int read() {
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 0);
      return len;
    }
  }

  /** Plays nothing, a 10 ms block in 1 ms: fast, and yet a session takes a while. */
  private static final class TenTimesRealTime implements AudioSink {
    @Override
    public void write(short[] block, int count) {
      java.util.concurrent.locks.LockSupport.parkNanos(count * 1_000_000_000L / S / 10);
    }

    @Override
    public void close() {}
  }
}
