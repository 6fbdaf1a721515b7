package dev.limber.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import dev.limber.catalog.Catalog;
import dev.limber.engine.EngineListener;
import dev.limber.engine.EngineState;
import dev.limber.engine.KeyTable;
import dev.limber.playback.Outcome;
import dev.limber.playback.Run;
import dev.limber.session.Session;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The full-screen face: the session picker, the playing screen and the end screen, on a Lanterna
 * {@link Screen}. Everything runs on the calling thread, which reads keys every few milliseconds
 * and redraws from the run's state about ten times a second; the engine only ever hears commands,
 * so a slow terminal never holds up the audio.
 */
public final class FullScreen {
  /** How often the screen is drawn again from the state. */
  private static final long FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  /** How often keys are looked for between frames. */
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  /** Starts a session: the same call every face makes, with the screen's listener. */
  @FunctionalInterface
  public interface Starter {
    Run start(Session session, EngineListener listener);
  }

  /**
   * What the face needs from outside.
   *
   * @param sessions the sessions the picker offers
   * @param start starts a run of a session
   * @param length a session's length in seconds (compiled, so it may take a while: called on {@code
   *     background})
   * @param voice opens the voice of the picker and the end screen
   * @param background where lengths are worked out
   * @param logged the lines the completion log adds to the end screen (the run as logged, the
   *     current streak)
   */
  public record Setup(
      List<Catalog.Entry> sessions,
      Starter start,
      ToLongFunction<Session> length,
      Supplier<Voice> voice,
      Executor background,
      Function<Outcome, List<String>> logged) {}

  /**
   * How the face ended: the last run's outcome, if any, and whether a signal or Ctrl-C ended it.
   */
  public record Result(Optional<Outcome> last, boolean signalled) {}

  private final Screen screen;
  private final Theme theme;
  private final Setup setup;
  private final Map<String, Long> lengths = new ConcurrentHashMap<>();
  private final List<String> warnings = new CopyOnWriteArrayList<>();
  private volatile boolean signalled;
  private volatile Run current;

  public FullScreen(Screen screen, Theme theme, Setup setup) {
    this.screen = screen;
    this.theme = theme;
    this.setup = setup;
  }

  /**
   * Plays {@code first} if given, else starts at the picker; after each run the end screen, from
   * which Enter goes back to the picker. Returns when the user quits or a signal stops it.
   */
  public Result run(Optional<Session> first) throws IOException {
    Optional<Session> next = first;
    Optional<Outcome> last = Optional.empty();
    if (first.isEmpty()) {
      setup
          .sessions()
          .forEach(
              e ->
                  setup
                      .background()
                      .execute(
                          () ->
                              lengths.put(
                                  e.session().id(), setup.length().applyAsLong(e.session()))));
    }
    while (true) {
      if (next.isEmpty()) {
        try (Voice voice = setup.voice().get()) {
          next = pick(voice);
        }
        if (next.isEmpty()) {
          return new Result(last, signalled);
        }
      }
      Outcome outcome = play(next.get());
      last = Optional.of(outcome);
      if (signalled
          || !List.of(Outcome.Ending.COMPLETED, Outcome.Ending.QUIT).contains(outcome.ending())) {
        return new Result(last, signalled);
      }
      boolean again;
      try (Voice voice = setup.voice().get()) {
        again = end(outcome, voice);
      }
      if (!again) {
        return new Result(last, signalled);
      }
      next = Optional.empty();
    }
  }

  /** Stops the run under way, or the picker, as Ctrl-C does: for SIGINT, SIGTERM and SIGHUP. */
  public void stopBySignal() {
    signalled = true;
    Run run = current;
    if (run != null) {
      run.stopBySignal();
    }
  }

  /** What the engine warned of while the screen was up, to be printed once it is down. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  private Optional<Session> pick(Voice voice) throws IOException {
    List<Catalog.Entry> entries = setup.sessions();
    int selected = 0;
    voice.say(
        "Choose a session. "
            + PickerScreen.spoken(entries, lengths, selected)
            + " "
            + PickerScreen.HELP);
    long drawn = 0;
    boolean dirty = true;
    while (!signalled) {
      KeyStroke key = screen.pollInput();
      int moved = selected;
      if (key != null) {
        if (ctrlC(key)) {
          signalled = true;
          break;
        }
        KeyType type = key.getKeyType();
        Character c = key.getCharacter();
        if (type == KeyType.Escape
            || type == KeyType.EOF
            || (type == KeyType.Character && (c == 'q' || c == 'Q'))) {
          return Optional.empty();
        }
        if (type == KeyType.Enter) {
          return Optional.of(entries.get(selected).session());
        }
        if (type == KeyType.ArrowDown) {
          moved = Math.min(entries.size() - 1, selected + 1);
        } else if (type == KeyType.ArrowUp) {
          moved = Math.max(0, selected - 1);
        } else if (type == KeyType.Home) {
          moved = 0;
        } else if (type == KeyType.End) {
          moved = entries.size() - 1;
        } else if (type == KeyType.Character && c >= '1' && c <= '9' && c - '1' < entries.size()) {
          return Optional.of(entries.get(c - '1').session());
        }
        if (moved != selected) {
          selected = moved;
          voice.say(PickerScreen.spoken(entries, lengths, selected));
        }
        dirty = true;
      }
      if (dirty || System.nanoTime() - drawn > FRAME_NANOS) {
        int chosen = selected;
        draw(c -> PickerScreen.draw(c, entries, lengths, chosen, voice.silent()));
        drawn = System.nanoTime();
        dirty = false;
      }
      if (key == null) {
        LockSupport.parkNanos(POLL_NANOS);
      }
    }
    return Optional.empty();
  }

  private Outcome play(Session session) throws IOException {
    BreathGauge gauge = new BreathGauge(session);
    Run run =
        setup
            .start()
            .start(
                session,
                new EngineListener() {
                  @Override
                  public void onEvent(dev.limber.timeline.Event event, EngineState state) {
                    gauge.onEvent(event, state);
                  }

                  @Override
                  public void onWarning(String message) {
                    warnings.add(message);
                  }
                });
    current = run;
    if (signalled) {
      run.stopBySignal();
    }
    long drawn = 0;
    while (run.outcome().isEmpty()) {
      KeyStroke key = screen.pollInput();
      if (key != null) {
        if (ctrlC(key)) {
          stopBySignal();
        } else if (key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()) {
          KeyTable.command(key.getCharacter()).ifPresent(run::send);
        }
      }
      if (key != null || System.nanoTime() - drawn > FRAME_NANOS) {
        EngineState state = run.state();
        double fill = gauge.fill(state);
        dev.limber.engine.ListeningSwitch.Status voice = run.listening();
        draw(c -> PlayingScreen.draw(c, state, fill, voice));
        drawn = System.nanoTime();
      }
      if (key == null) {
        LockSupport.parkNanos(POLL_NANOS);
      }
    }
    current = null;
    try {
      return run.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the run ended", e);
    }
  }

  /** Shows how the run went and says it; true for Enter (back to the picker), false for q. */
  private boolean end(Outcome outcome, Voice voice) throws IOException {
    List<String> lines = EndScreen.lines(outcome, setup.logged().apply(outcome));
    voice.say(String.join(" ", lines) + " " + EndScreen.HELP);
    long drawn = 0;
    while (!signalled) {
      KeyStroke key = screen.pollInput();
      if (key != null) {
        if (ctrlC(key)) {
          signalled = true;
          return false;
        }
        KeyType type = key.getKeyType();
        if (type == KeyType.Enter) {
          return true;
        }
        if (type == KeyType.Escape
            || type == KeyType.EOF
            || (type == KeyType.Character
                && (key.getCharacter() == 'q' || key.getCharacter() == 'Q'))) {
          return false;
        }
      }
      if (key != null || System.nanoTime() - drawn > FRAME_NANOS) {
        draw(c -> EndScreen.draw(c, lines, outcome.last().captionsOnly()));
        drawn = System.nanoTime();
      }
      if (key == null) {
        LockSupport.parkNanos(POLL_NANOS);
      }
    }
    return false;
  }

  private static boolean ctrlC(KeyStroke key) {
    return key.getKeyType() == KeyType.Character
        && key.isCtrlDown()
        && !key.isAltDown()
        && Character.toLowerCase(key.getCharacter()) == 'c';
  }

  /** Draws a whole screen at its current size (after a resize, at the new one) and shows it. */
  private void draw(java.util.function.Consumer<Canvas> painter) throws IOException {
    TerminalSize resized = screen.doResizeIfNecessary();
    TerminalSize size = resized != null ? resized : screen.getTerminalSize();
    painter.accept(new Canvas(screen.newTextGraphics(), size, theme));
    // a resize or a return from Ctrl-Z asks for the whole screen (TerminalScreen's full-redraw
    // hint)
    screen.refresh(Screen.RefreshType.AUTOMATIC);
  }
}
