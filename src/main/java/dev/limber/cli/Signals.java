package dev.limber.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl-C and SIGTERM into a clean stop: the engine stops within a block and closes the
 * device, and the run ends with status 130 instead of the JVM dying mid-write.
 */
final class Signals {
  private final AtomicBoolean fired = new AtomicBoolean();
  private final List<Signal> signals = new ArrayList<>();
  private final List<SignalHandler> previous = new ArrayList<>();

  static Signals install(Runnable stop) {
    Signals s = new Signals();
    for (String name : List.of("INT", "TERM")) {
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

  void uninstall() {
    for (int i = 0; i < signals.size(); i++) {
      Signal.handle(signals.get(i), previous.get(i));
    }
  }
}
