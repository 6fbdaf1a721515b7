package dev.limber.engine;

import dev.limber.speech.VoiceSettings;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Changes of the speech rate, as keys ask for them: each press moves the rate asked for, and the
 * session is compiled again at that rate on a background thread, since synthesizing a whole session
 * takes a moment. Presses while a compile is under way add up; the latest one wins.
 */
final class RateChanges {
  private final Function<Integer, Program> recompile;
  private final Executor compiler;
  private final PendingProgram pending = new PendingProgram();
  private int asked;

  RateChanges(int rate, Function<Integer, Program> recompile, Executor compiler) {
    this.asked = rate;
    this.recompile = recompile;
    this.compiler = compiler;
  }

  /**
   * Asks for a rate {@code delta} words a minute from the one asked for last; returns what to say.
   */
  String ask(int delta) {
    int rate = VoiceSettings.clampRate(asked + delta);
    if (rate == asked) {
      return delta > 0 ? Acknowledgements.FASTEST : Acknowledgements.SLOWEST;
    }
    asked = rate;
    pending.expect(CompletableFuture.supplyAsync(() -> recompile.apply(rate), compiler));
    return Acknowledgements.rate(delta > 0, rate);
  }

  /**
   * The session at the rate asked for, once it is compiled; empty until then.
   *
   * @throws IOException or a RuntimeException when compiling failed; the rate asked for is then
   *     {@code current} again
   */
  Optional<Program> ready(int current) throws IOException {
    try {
      return pending.take();
    } catch (IOException | RuntimeException e) {
      asked = current;
      throw e;
    }
  }
}
