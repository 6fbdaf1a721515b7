package dev.limber.engine;

import dev.limber.audio.AudioSink;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How an engine runs besides its program and its sink.
 *
 * @param volume the gain to start at
 * @param recompile builds the program again at another speech rate; runs on {@code compiler}
 * @param compiler where background compiles run; a test passes a direct executor to make them
 *     deterministic
 * @param fallback a sink to go on with (silent, paced by the clock) if the sink fails mid-session;
 *     empty to fail instead
 * @param captionsOnly whether the sink is already such a silent one: there is no sound from the
 *     start
 */
public record EngineSetup(
    double volume,
    Function<Integer, Program> recompile,
    Executor compiler,
    Optional<Supplier<AudioSink>> fallback,
    boolean captionsOnly) {

  /**
   * For a program nobody sends commands to, such as a render to a file: a failing sink is a
   * failure.
   */
  public static EngineSetup unattended(Program program, double volume) {
    return new EngineSetup(volume, rate -> program, Runnable::run, Optional.empty(), false);
  }
}
