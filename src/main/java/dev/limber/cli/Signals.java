package dev.limber.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl-C, SIGTERM and SIGHUP (the terminal closed) into a clean stop: playback or a render
 * stops within a block, the device is closed or the half-written file removed, the run is
 * reported, and the program ends with status 130 instead of the JVM dying mid-write.
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
        s.previous.add(Signal.handle(signal, sig -> {
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
