package dev.limber.engine;

import dev.limber.audio.AudioSink;
import dev.limber.timeline.Event;
import dev.limber.timeline.Timeline;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Walks a timeline and writes mixed audio to a sink in blocks of at most 10 ms. Its clock is the
 * number of frames written: nothing here reads the time, so playback cannot drift, and a paced
 * sink (a sound card) sets the speed. Commands arrive from any thread and are applied between
 * blocks; everything else belongs to the thread that calls {@link #run} or {@link #step}.
 */
public final class Engine {
  /** Within this much of a phrase's start, resuming says the phrase again from its start. */
  private static final long REWIND_LIMIT = 3L * Timeline.SAMPLE_RATE;

  private final Queue<Command> commands = new ConcurrentLinkedQueue<>();
  private final List<EngineListener> listeners = new CopyOnWriteArrayList<>();
  private final Overlays overlays = new Overlays();
  private final PendingProgram continuation = new PendingProgram();
  private final short[] block = new short[Mixer.BLOCK];
  private final RateChanges rates;
  private final AudioSink sink;

  private Program program;
  private TimelineIndex index;
  private Mixer mixer;
  private long position;
  private long written;
  private boolean paused;
  private boolean stopped;
  private double gain;
  private double pendingGain;
  private boolean started;
  private volatile EngineState state;

  /**
   * @param recompile builds the program again at another speech rate; called on a background thread
   * @param fallback a silent sink to go on with if the sink fails mid-session, or null to fail
   */
  public Engine(Program program, AudioSink sink, double gain, Function<Integer, Program> recompile, Supplier<AudioSink> fallback) {
    this.sink = fallback == null ? sink : new FallbackSink(sink, fallback, this::warn);
    this.gain = gain;
    this.pendingGain = gain;
    this.rates = new RateChanges(program.rate(), recompile);
    load(program);
    publish();
  }

  public void addListener(EngineListener listener) {
    listeners.add(listener);
  }

  /**
   * Plays on into {@code next} when it is ready: a program that begins exactly as the current one
   * and goes further, such as the whole session after its opening chime. Until then, the engine
   * waits at the current program's end, and commands that move around wait too.
   */
  public void continueWith(CompletableFuture<Program> next) {
    continuation.expect(next);
  }

  /** Queues a command; safe from any thread, returns at once. */
  public void send(Command command) {
    commands.add(command);
  }

  /** The latest state; safe from any thread. */
  public EngineState state() {
    return state;
  }

  /** Frames written to the sink so far, silence and acknowledgements included. */
  public long written() {
    return written;
  }

  /** Plays to the end or until stopped, then closes the sink (its tail is played out). */
  public void run() throws IOException {
    Exception failure = null;
    try {
      while (step()) {
        // each step writes one block; a paced sink blocks in it
      }
    } catch (IOException | RuntimeException e) {
      failure = e;
      throw e;
    } finally {
      try {
        sink.close();
      } catch (IOException e) {
        if (failure == null) {
          throw e;
        }
        failure.addSuppressed(e); // the first failure is the one to report
      } finally {
        listeners.forEach(l -> l.onEnd(state));
      }
    }
  }

  /** Applies queued commands and writes one block; false once the session is over or stopped. */
  public boolean step() throws IOException {
    if (!started) {
      started = true;
      if (!continuation.pending()) {
        listeners.forEach(l -> l.onReady(state));
      }
    }
    adoptContinuation();
    applyCommands();
    boolean atEnd = position >= index.timeline().length() && overlays.isEmpty();
    if (stopped || (atEnd && !continuation.pending())) {
      publish();
      return false;
    }
    if (atEnd) {
      awaitContinuation();
      return true;
    }
    adoptPendingChanges();
    int frames;
    if (!overlays.isEmpty()) {
      frames = overlays.mix(block, gain);
    } else if (paused) {
      frames = Mixer.BLOCK;
      java.util.Arrays.fill(block, (short) 0);
    } else {
      frames = (int) Math.min(Mixer.BLOCK, index.timeline().length() - position);
      mixer.mix(position, block, frames, gain);
      List<Event> starting = index.startingIn(position, position + frames);
      position += frames;
      publish();
      starting.forEach(e -> listeners.forEach(l -> l.onEvent(e, state)));
    }
    write(frames);
    return true;
  }

  private void applyCommands() {
    if (commands.isEmpty()) {
      return; // the common case, every block: allocate nothing
    }
    List<Command> waiting = new java.util.ArrayList<>();
    Command command;
    while ((command = commands.poll()) != null) {
      // until the whole session is loaded only stop and volume apply: the others move within it,
      // or speak, which must not make this thread wait for speech to be synthesized
      boolean waits = !(command instanceof Command.Stop || command instanceof Command.SetVolume);
      if (waits && continuation.pending()) {
        waiting.add(command);
      } else {
        apply(command);
      }
    }
    commands.addAll(waiting);
  }

  /**
   * Waits a block's time for the rest of the program, writing nothing: a sound card plays
   * silence meanwhile, and a file gets no gap. Commands are looked at again after each wait.
   */
  private void awaitContinuation() {
    if (!continuation.await(Mixer.BLOCK * 1000L / Timeline.SAMPLE_RATE)) {
      stopped = true;
    }
  }

  private void adoptContinuation() throws IOException {
    Optional<Program> next = continuation.take();
    if (next.isPresent()) {
      load(next.get());
      publish();
      listeners.forEach(l -> l.onReady(state));
    }
  }

  private void apply(Command command) {
    if (command instanceof Command.Stop) {
      stopped = true;
    } else if (command instanceof Command.TogglePause) {
      apply(paused ? new Command.Resume() : new Command.Pause());
    } else if (command instanceof Command.Pause && !paused) {
      paused = true;
      acknowledge(Acknowledgements.PAUSED);
    } else if (command instanceof Command.Resume && paused) {
      paused = false;
      index.sayAt(position).filter(s -> position - s.start() < REWIND_LIMIT).ifPresent(s -> position = s.start());
      acknowledge(Acknowledgements.READY);
    } else if (command instanceof Command.NextStep) {
      seek(Navigation.next(index, program.session(), position));
    } else if (command instanceof Command.PreviousStep) {
      seek(Navigation.previous(index, program.session(), position));
    } else if (command instanceof Command.Repeat) {
      index.lastInstructionAt(position).ifPresentOrElse(
          say -> {
            overlays.add(program.clips().of(say));
            notice(say.text());
          },
          () -> acknowledge(Acknowledgements.NOTHING_TO_REPEAT));
    } else if (command instanceof Command.ChangeRate change) {
      acknowledge(rates.ask(change.delta()));
    } else if (command instanceof Command.SetVolume volume) {
      pendingGain = Math.max(0, Math.min(1.5, volume.gain()));
    }
  }

  /** A new rate or volume takes effect between phrases, never in the middle of one. */
  private void adoptPendingChanges() {
    boolean betweenPhrases = paused || index.sayAt(position).isEmpty();
    if (!betweenPhrases) {
      return;
    }
    gain = pendingGain;
    try {
      rates.ready(program.rate()).ifPresent(this::swap);
    } catch (IOException | RuntimeException e) {
      warn("could not change the speech rate: " + e.getMessage());
    }
  }

  private void swap(Program next) {
    TimelineIndex old = index;
    int segment = old.segmentIndexAt(position);
    Event.Segment from = old.segments().get(segment);
    load(next);
    if (segment >= index.segments().size()) {
      position = Math.min(position, index.timeline().length());
      return;
    }
    position = PositionMap.map(from, index.segments().get(segment), position, index);
  }

  private void seek(Navigation.Jump jump) {
    position = Math.max(0, Math.min(jump.target(), index.timeline().length()));
    overlays.clear();
    acknowledge(jump.words());
    Event.Segment segment = index.segmentAt(position);
    if (segment.start() != position) {
      listeners.forEach(l -> l.onEvent(segment, state));
    }
  }

  private void acknowledge(String words) {
    overlays.add(program.phrases().say(words));
    notice(words);
  }

  private void notice(String words) {
    publish();
    listeners.forEach(l -> l.onNotice(words, state));
  }

  private void write(int frames) throws IOException {
    if (frames > 0) {
      sink.write(block, frames);
      written += frames;
    }
  }

  private void warn(String message) {
    listeners.forEach(l -> l.onWarning(message));
  }

  private void load(Program next) {
    program = next;
    index = new TimelineIndex(next.timeline());
    mixer = new Mixer(next.timeline(), next.clips());
  }

  private void publish() {
    boolean finished = position >= index.timeline().length() && overlays.isEmpty() && !continuation.pending();
    state = StateReader.at(program, index, position, paused, finished, stopped);
  }
}
