package dev.limber.listen;

import dev.limber.engine.Command;
import dev.limber.engine.EngineState;
import dev.limber.engine.ListeningSwitch;
import dev.limber.playback.Run;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The voice face of {@code limber play --listen}: a recognizer on a thread of its own reads the
 * microphone and sends what it hears to the run playing, as keys do. It starts when listening is on
 * (at start-up, or with the key), beside playback: the model loads while the session plays, and a
 * missing microphone or model is one warning, the keys working as usual.
 */
public final class Listening implements ListeningSwitch, AutoCloseable {
  /** The recognizer's rate, the engine's own. */
  public static final int SAMPLE_RATE = 16_000;

  /**
   * Roughly how long a block written to the sound card takes to be heard (its 50 ms line buffer and
   * a block): what the microphone hears now was written this long ago.
   */
  static final long OUTPUT_DELAY = SAMPLE_RATE / 10;

  /** Opens the microphone: 16 kHz, 16-bit, mono, little-endian samples. */
  @FunctionalInterface
  public interface Microphone {
    InputStream open() throws IOException;
  }

  private final Microphone microphone;
  private final Transcript.Decoders decoders;
  private final Consumer<String> warn;
  private final ScheduledExecutorService timer;
  private volatile boolean on;
  private volatile boolean unavailable;

  /** Why listening stopped for good, in a few words; set before {@code unavailable}. */
  private volatile String why = "";

  private volatile Run run;
  private Thread thread;
  private Counting stream;
  private Decoder decoder;
  private VoiceControl control;

  /**
   * @param on whether to listen from the first run on
   * @param warn told, in one line, why listening stopped (no microphone, the model failed)
   */
  public Listening(
      Microphone microphone, Transcript.Decoders decoders, boolean on, Consumer<String> warn) {
    this.microphone = microphone;
    this.decoders = decoders;
    this.on = on;
    this.warn = warn;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread t = new Thread(task, "limber-listen-timer");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(this::tick, 250, 250, TimeUnit.MILLISECONDS);
  }

  /** Listens for {@code next} from now on: call it as each run starts. */
  public synchronized void attach(Run next) {
    run = next;
    next.listenWith(this);
    control = new VoiceControl(new Gate(next.sounds()::soundedBetween));
    if (on && !unavailable) {
      begin();
    }
  }

  @Override
  public synchronized State toggle() {
    if (unavailable) {
      return State.UNAVAILABLE;
    }
    on = !on;
    if (on) {
      begin();
    } else {
      end();
    }
    return on ? State.ON : State.OFF;
  }

  /** Whether listening is on. */
  public boolean on() {
    return on && !unavailable;
  }

  @Override
  public Status status() {
    if (unavailable) {
      return new Status(State.UNAVAILABLE, why);
    }
    return new Status(on ? State.ON : State.OFF, "");
  }

  private void begin() {
    if (thread != null && thread.isAlive()) {
      return;
    }
    thread = new Thread(this::listen, "limber-listen");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Lets go of the microphone (the decoder's thread then sees its stream end) and the decoder. The
   * thread that used them is no longer the listening one, so listening can begin again at once with
   * a thread of its own while the old one winds down.
   */
  private void end() {
    thread = null;
    closeQuietly(stream, decoder);
  }

  private static void closeQuietly(Counting stream, Decoder decoder) {
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException | RuntimeException e) {
        // the microphone is let go of all the same
      }
    }
    if (decoder != null) {
      try {
        decoder.close();
      } catch (RuntimeException e) {
        // a recognizer that fails to stop stops with the process
      }
    }
  }

  /** Whether the calling thread is still the one listening (listening was not switched off). */
  private boolean current() {
    return on && Thread.currentThread() == thread;
  }

  private void listen() {
    Counting opened = null;
    Decoder started = null;
    try {
      opened = new Counting(microphone.open());
      synchronized (this) {
        if (!current()) {
          return;
        }
        stream = opened;
      }
      started = decoders.start(opened);
      synchronized (this) {
        if (!current()) {
          return;
        }
        decoder = started;
      }
      Optional<Heard> heard;
      while ((heard = started.next()).isPresent()) {
        hear(heard.get(), opened.frames());
      }
    } catch (IOException | RuntimeException e) {
      synchronized (this) {
        if (current()) {
          why = String.valueOf(e.getMessage());
          unavailable = true;
          warn.accept(e.getMessage() + "; voice commands are off, the keys work as usual");
        }
      }
    } finally {
      synchronized (this) {
        // this thread's own microphone and decoder: a newer thread may have its own by now
        closeQuietly(opened, started);
        if (stream == opened) {
          stream = null;
        }
        if (decoder == started) {
          decoder = null;
        }
      }
    }
  }

  private synchronized void hear(Heard heard, long read) {
    Run playing = run;
    if (!on || playing == null) {
      return;
    }
    // what the microphone hears now was written OUTPUT_DELAY ago; heard.end() was `behind` ago
    long now = playing.written() - OUTPUT_DELAY;
    long behind = read - heard.end();
    boolean paused = playing.state().status() == EngineState.Status.PAUSED;
    List<Command> commands =
        control.heard(
            heard.command(), now - behind - (heard.end() - heard.start()), now - behind, paused);
    commands.forEach(playing::send);
  }

  private synchronized void tick() {
    Run playing = run;
    if (playing != null && control != null) {
      boolean paused = playing.state().status() == EngineState.Status.PAUSED;
      control.tick(playing.written(), paused).forEach(playing::send);
    }
  }

  @Override
  public synchronized void close() {
    on = false;
    end();
    timer.shutdownNow();
  }

  /**
   * Counts the frames the recognizer has read, to place what it hears in time, and ends once it is
   * closed: javax.sound's stream over a closed line reads 0 bytes for ever instead of ending, and
   * Sphinx4 waits for a whole frame, so the decoder's thread spun at a full core after the key
   * switched listening off.
   */
  private static final class Counting extends java.io.FilterInputStream {
    private volatile long bytes;
    private volatile boolean closed;

    Counting(InputStream in) {
      super(in);
    }

    long frames() {
      return bytes / 2;
    }

    @Override
    public int read() throws IOException {
      if (closed) {
        return -1;
      }
      int b = super.read();
      bytes += b < 0 ? 0 : 1;
      return closed ? -1 : b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (closed) {
        return -1;
      }
      int n = super.read(buffer, offset, length);
      bytes += Math.max(n, 0);
      return closed && n <= 0 ? -1 : n;
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}
