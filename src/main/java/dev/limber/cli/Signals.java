package dev.limber.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl-C, SIGTERM and SIGHUP (the terminal closed) into a clean stop: playback or a render
 * stops within a block, the device is closed or the half-written file removed, the run is reported,
 * and the program ends with status 130 instead of the JVM dying mid-write.
 */
final class Signals implements AutoCloseable {
  private static final List<String> NAMES = List.of("INT", "TERM", "HUP");
  private final AtomicBoolean fired = new AtomicBoolean();
  private final List<Signal> signals = new ArrayList<>();
  private final List<SignalHandler> previous = new ArrayList<>();

  static Signals install(Runnable stop) {
    Signals s = new Signals();
    for (String name : NAMES) {
      try {
        Signal signal = new Signal(name);
        s.previous.add(
            Signal.handle(
                signal,
                sig -> {
                  s.fired.set(true);
                  stop.run();
                }));
        s.signals.add(signal);
      } catch (IllegalArgumentException | UnsupportedOperationException e) {
        // this platform has no such signal, or the JVM keeps it: the default handling stays
      }
    }
    return s;
  }

  /**
   * Runs {@code work} on this thread so that a signal stops it cleanly with status 130: the work is
   * interrupted and is expected to notice ({@link #fired}); if it is stuck in a call that cannot be
   * interrupted (opening a named pipe nobody reads), the process exits with 130 a second later, and
   * the shutdown hooks still remove every half-written file.
   */
  static int stoppable(StoppableWork work) throws Exception {
    Thread worker = Thread.currentThread();
    Signals signals =
        install(
            () -> {
              worker.interrupt();
              Thread watchdog =
                  new Thread(
                      () -> {
                        try {
                          Thread.sleep(1_000);
                          Main.exit(Exit.STOPPED);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                      },
                      "limber-stop");
              watchdog.setDaemon(true);
              watchdog.start();
            });
    try (signals) {
      int status = work.run(signals);
      return signals.fired() ? Exit.STOPPED : status;
    } catch (Exception e) {
      if (signals.fired()) {
        return Exit.STOPPED; // whatever the signal broke on its way out is not the news
      }
      throw e;
    } finally {
      Thread.interrupted(); // a late signal must not leave the flag for whatever runs next
    }
  }

  /** Work that a signal may stop; it looks at {@code signals.fired()} where it can stop early. */
  interface StoppableWork {
    int run(Signals signals) throws Exception;
  }

  boolean fired() {
    return fired.get();
  }

  /** Puts back the handling there was before. */
  @Override
  public void close() {
    for (int i = 0; i < signals.size(); i++) {
      Signal.handle(signals.get(i), previous.get(i));
    }
  }
}
