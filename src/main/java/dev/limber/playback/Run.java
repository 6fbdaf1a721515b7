package dev.limber.playback;

import dev.limber.engine.Command;
import dev.limber.engine.Engine;
import dev.limber.engine.EngineListener;
import dev.limber.engine.EngineState;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * One session playing, on a thread of its own that ends with it. Faces send it commands, read its
 * state or listen to it, and {@link #await} its outcome. Safe from any thread.
 */
public final class Run {
  private final Engine engine;
  private final Instant started;
  private final Thread thread;
  private final CountDownLatch done = new CountDownLatch(1);
  private final List<Consumer<Outcome>> whenDone = new CopyOnWriteArrayList<>();
  private volatile boolean signalled;
  private volatile Outcome outcome;

  Run(Engine engine, Instant started) {
    this.engine = engine;
    this.started = started;
    this.thread = new Thread(this::play, "limber-engine");
  }

  void start() {
    thread.start();
  }

  /** When the run started. */
  public Instant started() {
    return started;
  }

  /** Queues a command; returns at once. */
  public void send(Command command) {
    engine.send(command);
  }

  /** What the key that toggles voice commands switches; returns at once. */
  public void listenWith(dev.limber.engine.ListeningSwitch toggle) {
    engine.listenWith(toggle);
  }

  /** Whether voice commands are on (or why they cannot be), as a face shows it. */
  public dev.limber.engine.ListeningSwitch.Status listening() {
    return engine.listening();
  }

  /** When the session made sound, on the clock of {@link #written}. */
  public dev.limber.engine.SoundLog sounds() {
    return engine.sounds();
  }

  /** Frames written to the sound card so far: the clock of {@link #sounds}. */
  public long written() {
    return engine.written();
  }

  /** The latest state. */
  public EngineState state() {
    return engine.state();
  }

  /** Adds a listener from now on; it is called on the run's thread and must return at once. */
  public void addListener(EngineListener listener) {
    engine.addListener(listener);
  }

  /**
   * Calls {@code action} with the outcome when the run ends, on the run's thread before {@link
   * #await} returns (at once, on this thread, if it has ended).
   */
  public void whenDone(Consumer<Outcome> action) {
    whenDone.add(action);
    if (outcome != null && whenDone.remove(action)) {
      tell(action);
    }
  }

  /** Stops within a block, for a signal: the outcome says {@link Outcome.Ending#STOPPED}. */
  public void stopBySignal() {
    signalled = true;
    engine.halt();
  }

  /** Waits for the run to end and says how it ended. */
  public Outcome await() throws InterruptedException {
    done.await();
    return outcome;
  }

  /** The outcome once the run has ended. */
  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  private void play() {
    Outcome.Ending ending = Outcome.Ending.FAILED;
    Optional<Exception> failure = Optional.empty();
    try {
      engine.run();
      ending =
          engine.state().status() == EngineState.Status.FINISHED
              ? Outcome.Ending.COMPLETED
              : Outcome.Ending.QUIT;
    } catch (IOException e) {
      // only the sink throws this: a sound card that failed with nothing to fall back on
      ending = Outcome.Ending.DEVICE_LOST;
      failure = Optional.of(e);
    } catch (RuntimeException e) {
      failure = Optional.of(e);
    } catch (Error e) {
      // whatever it is (a class that would not load, memory), the run is over and must say so:
      // a thread that dies without an outcome would leave await() waiting for ever
      failure = Optional.of(new IllegalStateException(e.toString(), e));
    } finally {
      if (signalled) {
        ending = Outcome.Ending.STOPPED;
      }
      outcome = new Outcome(ending, engine.state(), started, engine.played(), failure);
      try {
        // before await returns: whoever waits for the run (and then closes the log) sees it
        // recorded
        for (Consumer<Outcome> action : whenDone) {
          if (whenDone.remove(action)) {
            tell(action);
          }
        }
      } finally {
        done.countDown();
      }
    }
  }

  /**
   * One listener that fails must not keep the others (or {@link #await}) from hearing how the run
   * ended; a failing listener is a bug of its own, which its own tests catch.
   */
  private void tell(Consumer<Outcome> action) {
    try {
      action.accept(outcome);
    } catch (RuntimeException e) {
      // the others are told all the same
    }
  }
}
