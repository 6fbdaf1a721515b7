package dev.limber.engine;

import dev.limber.audio.AudioSink;
import dev.limber.audio.Pcm;
import dev.limber.timeline.Event;
import dev.limber.timeline.Timeline;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
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
  private final Queue<Pcm> overlays = new ArrayDeque<>();
  private final short[] block = new short[Mixer.BLOCK];
  private final Function<Integer, Program> recompile;
  private final Supplier<AudioSink> fallback;

  private Program program;
  private TimelineIndex index;
  private Mixer mixer;
  private AudioSink sink;
  private CompletableFuture<Program> pendingProgram;
  private CompletableFuture<Program> continuation;
  private long position;
  private long written;
  private int overlayPosition;
  private boolean paused;
  private boolean stopped;
  private double gain;
  private double pendingGain;
  private int targetRate;
  private boolean started;
  private volatile EngineState state;

  /**
   * @param recompile builds the program again at another speech rate; called on a background thread
   * @param fallback a silent sink to go on with if the sink fails mid-session, or null to fail
   */
  public Engine(Program program, AudioSink sink, double gain, Function<Integer, Program> recompile, Supplier<AudioSink> fallback) {
    this.sink = sink;
    this.gain = gain;
    this.pendingGain = gain;
    this.recompile = recompile;
    this.fallback = fallback;
    load(program);
    this.targetRate = program.rate();
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
    this.continuation = next;
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
      if (continuation == null) {
        listeners.forEach(l -> l.onReady(state));
      }
    }
    adoptContinuation();
    applyCommands();
    boolean atEnd = position >= index.timeline().length() && overlays.isEmpty();
    if (stopped || (atEnd && continuation == null)) {
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
      frames = mixOverlay();
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
    List<Command> waiting = new java.util.ArrayList<>();
    Command command;
    while ((command = commands.poll()) != null) {
      // until the whole session is loaded only stop and volume apply: the others move within it,
      // or speak, which must not make this thread wait for speech to be synthesized
      boolean waits = !(command instanceof Command.Stop || command instanceof Command.SetVolume);
      if (waits && continuation != null) {
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
    try {
      continuation.get(1000 / 50, java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
      // not ready yet, or failed: adoptContinuation reports a failure on the next step
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
    }
  }

  private void adoptContinuation() throws IOException {
    if (continuation == null || !continuation.isDone()) {
      return;
    }
    CompletableFuture<Program> done = continuation;
    continuation = null;
    try {
      load(done.join());
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IOException(e.getCause());
    }
    publish();
    listeners.forEach(l -> l.onReady(state));
  }

  private void apply(Command command) {
    if (command instanceof Command.Stop) {
      stopped = true;
    } else if (command instanceof Command.TogglePause) {
      apply(paused ? new Command.Resume() : new Command.Pause());
    } else if (command instanceof Command.Pause && !paused) {
      paused = true;
      acknowledge("Paused.");
    } else if (command instanceof Command.Resume && paused) {
      paused = false;
      index.sayAt(position).filter(s -> position - s.start() < REWIND_LIMIT).ifPresent(s -> position = s.start());
      acknowledge("Ready.");
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
          () -> acknowledge("Nothing to repeat yet."));
    } else if (command instanceof Command.ChangeRate change) {
      changeRate(change.delta());
    } else if (command instanceof Command.SetVolume volume) {
      pendingGain = Math.max(0, Math.min(1.5, volume.gain()));
    }
  }

  private void changeRate(int delta) {
    // presses while a recompile is under way add up: count from the rate asked for last
    int from = targetRate;
    int rate = Math.max(80, Math.min(250, from + delta));
    if (rate == from) {
      acknowledge(delta > 0 ? "This is the fastest." : "This is the slowest.");
      return;
    }
    targetRate = rate;
    acknowledge(delta > 0 ? "Faster." : "Slower.");
    // synthesizing a whole session at the new rate takes a moment: never on this thread
    CompletableFuture<Program> previous = pendingProgram;
    pendingProgram = CompletableFuture.supplyAsync(() -> recompile.apply(rate));
    if (previous != null) {
      previous.cancel(false);
    }
  }

  /** A new rate or volume takes effect between phrases, never in the middle of one. */
  private void adoptPendingChanges() {
    boolean betweenPhrases = paused || index.sayAt(position).isEmpty();
    if (!betweenPhrases) {
      return;
    }
    gain = pendingGain;
    if (pendingProgram != null && pendingProgram.isDone()) {
      CompletableFuture<Program> done = pendingProgram;
      pendingProgram = null;
      try {
        swap(done.join());
      } catch (RuntimeException e) {
        targetRate = program.rate();
        listeners.forEach(l -> l.onWarning("could not change the speech rate: " + e.getMessage()));
      }
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
    overlayPosition = 0;
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

  private int mixOverlay() {
    short[] clip = overlays.peek().samples();
    int frames = Math.min(Mixer.BLOCK, clip.length - overlayPosition);
    for (int i = 0; i < frames; i++) {
      block[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(clip[overlayPosition + i] * gain)));
    }
    overlayPosition += frames;
    if (overlayPosition >= clip.length) {
      overlays.poll();
      overlayPosition = 0;
    }
    return Math.max(frames, 0);
  }

  private void write(int frames) throws IOException {
    if (frames == 0) {
      return;
    }
    try {
      sink.write(block, frames);
    } catch (IOException e) {
      if (fallback == null) {
        throw e;
      }
      listeners.forEach(l -> l.onWarning("the audio device failed (" + e.getMessage() + "); going on without sound"));
      try {
        sink.close();
      } catch (IOException ignored) {
        // the device is gone; nothing more to play out
      }
      sink = fallback.get();
      sink.write(block, frames);
    }
    written += frames;
  }

  private void load(Program next) {
    program = next;
    index = new TimelineIndex(next.timeline());
    mixer = new Mixer(next.timeline(), next.clips());
  }

  private void publish() {
    boolean finished = position >= index.timeline().length() && overlays.isEmpty() && continuation == null;
    state = StateReader.at(program, index, position, paused, finished, stopped);
  }
}
