package dev.limber.engine;

import dev.limber.audio.AudioSink;
import dev.limber.audio.Pcm;
import dev.limber.audio.Tones;
import dev.limber.engine.EngineState.Status;
import dev.limber.speech.VoiceSettings;
import dev.limber.timeline.Event;
import dev.limber.timeline.Timeline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Walks a timeline and writes mixed audio to a sink in blocks of at most 10 ms. Its clock is the
 * number of frames written: nothing here reads the time, so playback cannot drift, and a paced sink
 * (a sound card) sets the speed. Commands arrive from any thread and are applied between blocks;
 * everything else belongs to the thread that calls {@link #run} or {@link #step}.
 */
public final class Engine {
  /** Within this much of a phrase's start, resuming says the phrase again from its start. */
  private static final long REWIND_LIMIT = 3L * Timeline.SAMPLE_RATE;

  private final Queue<Command> commands = new ConcurrentLinkedQueue<>();
  private final List<EngineListener> listeners = new CopyOnWriteArrayList<>();
  private final Overlays overlays = new Overlays();
  private final PendingProgram continuation = new PendingProgram();
  private volatile CompletableFuture<?> answers = CompletableFuture.completedFuture(null);
  private final short[] block = new short[Mixer.BLOCK];
  private final Command.Handler handler = new Handler();
  private final RateChanges rates;
  private final AudioSink sink;
  private final StepTally tally;
  private final SoundLog sounds = new SoundLog();
  private volatile ListeningSwitch listening = ListeningSwitch.NONE;

  private Program program;
  private TimelineIndex index;
  private Mixer mixer;
  private long position;
  private volatile long written; // read by the voice face to place what it hears
  private long played;
  private boolean paused;
  private boolean stopping;
  private boolean stopped;
  private volatile boolean halted;
  private double gain;
  private double pendingGain;
  private boolean started;
  private volatile boolean captionsOnly;
  private boolean bedOff;

  /**
   * What the state is made from, taken after every block; the state itself is made only when
   * someone asks (a screen ten times a second, a listener at an event), not a hundred times a
   * second: a render made one for each of its 85,000 blocks.
   */
  private volatile Snapshot snapshot;

  /** The short soft tone that answers a spoken command at once, before its acknowledgement. */
  private static final Pcm TONE = Tones.heard();

  public Engine(Program program, AudioSink sink, EngineSetup setup) {
    this.sink =
        setup
            .fallback()
            .<AudioSink>map(f -> new FallbackSink(sink, f, this::deviceLost))
            .orElse(sink);
    this.gain = VoiceSettings.clampVolume(setup.volume());
    this.pendingGain = gain;
    this.captionsOnly = setup.captionsOnly();
    this.rates = new RateChanges(program.rate(), setup.recompile(), setup.compiler());
    load(program);
    this.tally = new StepTally(index.stepEnds(program.session().steps().size()));
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
    publish();
  }

  /**
   * Commands other than stop wait until {@code ready} completes: the phrases that answer them are
   * made meanwhile on another thread, so the session can start before they are, and no answer is
   * ever synthesized on this one.
   */
  public void answersWhen(CompletableFuture<?> ready) {
    answers = ready;
  }

  /** Queues a command; safe from any thread, returns at once. */
  public void send(Command command) {
    commands.add(command);
  }

  /** Stops within a block, without a word: for a signal or a shutdown. Safe from any thread. */
  public void halt() {
    halted = true;
  }

  /** What the key that toggles voice commands switches; safe from any thread. */
  public void listenWith(ListeningSwitch toggle) {
    listening = toggle;
  }

  /** Whether voice commands are on, for the face to show; safe from any thread. */
  public ListeningSwitch.Status listening() {
    return listening.status();
  }

  /** When the engine made sound, on the clock of {@link #written}; safe from any thread. */
  public SoundLog sounds() {
    return sounds;
  }

  /** The latest state; safe from any thread. */
  public EngineState state() {
    return snapshot.state();
  }

  /** Frames written to the sink so far, silence and acknowledgements included. */
  public long written() {
    return written;
  }

  /** Frames of the session played, neither pauses nor acknowledgements nor what was skipped. */
  public long played() {
    return played;
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
      stopped = true;
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
        publish();
        listeners.forEach(l -> l.onEnd(state()));
      }
    }
  }

  /** Applies queued commands and writes one block; false once the session is over or stopped. */
  public boolean step() throws IOException {
    if (!started) {
      started = true;
      if (!continuation.pending()) {
        listeners.forEach(l -> l.onReady(state()));
      }
    }
    adoptContinuation();
    applyCommands();
    stopped |= halted || (stopping && overlays.isEmpty());
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
    boolean sounding;
    if (!overlays.isEmpty()) {
      frames = overlays.mix(block, gain);
      sounding = true;
      publish();
    } else if (paused) {
      frames = Mixer.BLOCK;
      sounding = false;
      Arrays.fill(block, (short) 0);
    } else {
      frames = (int) Math.min(Mixer.BLOCK, index.timeline().length() - position);
      sounding = mixer.audible(position, position + frames);
      mixer.mix(position, block, frames, gain);
      List<Event> starting = index.startingIn(position, position + frames);
      tally.played(position, position + frames);
      position += frames;
      played += frames;
      publish();
      starting.forEach(e -> listeners.forEach(l -> l.onEvent(e, state())));
    }
    sounds.block(written, frames, sounding);
    write(frames);
    return true;
  }

  private void applyCommands() {
    if (commands.isEmpty()) {
      return; // the common case, every block: allocate nothing
    }
    List<Command> waiting = new ArrayList<>();
    boolean ready = !continuation.pending() && answers.isDone();
    Command command;
    while ((command = commands.poll()) != null) {
      if (ready) {
        command.applyTo(handler);
      } else if (command instanceof Command.Stop) {
        // until the session and its answers are ready nothing is said: speaking would make this
        // thread wait for the voice, and a quit during the opening chime is wanted at once
        stopped = true;
      } else {
        waiting.add(command); // the others move within the session, which is not here yet
      }
    }
    commands.addAll(waiting);
  }

  /**
   * Waits a block's time for the rest of the program, writing nothing: a sound card plays silence
   * meanwhile, and a file gets no gap. Commands are looked at again after each wait.
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
      tally.moveTo(index.stepEnds(program.session().steps().size()));
      publish();
      listeners.forEach(l -> l.onReady(state()));
    }
  }

  /** Carries out each command; one method per kind, so none can be forgotten. */
  private final class Handler implements Command.Handler {
    @Override
    public void togglePause() {
      if (paused) {
        resume();
      } else {
        pause();
      }
    }

    @Override
    public void pause() {
      if (!paused) {
        paused = true;
      }
      acknowledge(Acknowledgements.PAUSED);
    }

    @Override
    public void resume() {
      if (paused) {
        paused = false;
        index
            .sayAt(position)
            .filter(s -> position - s.start() < REWIND_LIMIT)
            .ifPresent(s -> position = s.start());
      }
      acknowledge(Acknowledgements.RESUMED);
    }

    @Override
    public void nextStep() {
      seek(Navigation.next(index, program.session(), position));
    }

    @Override
    public void previousStep() {
      seek(Navigation.previous(index, program.session(), position));
    }

    @Override
    public void repeat() {
      List<Event.Say> instructions = index.instructionsAt(position);
      if (instructions.isEmpty()) {
        acknowledge(Acknowledgements.NOTHING_TO_REPEAT);
        return;
      }
      // as the mixer has them: a clip the plan only scales is scaled while it plays, not copied
      instructions.forEach(
          say ->
              overlays.add(say.text(), program.clips().unscaled(say), program.clips().gain(say)));
      notice(String.join(" ", instructions.stream().map(Event.Say::text).toList()));
    }

    @Override
    public void where() {
      List<String> words = Where.at(state(), program.session());
      words.forEach(w -> overlays.add(w, program.phrases().say(w)));
      notice(String.join(" ", words));
    }

    @Override
    public void help() {
      acknowledge(KeyTable.spoken());
    }

    @Override
    public void changeRate(int delta) {
      acknowledge(rates.ask(delta));
    }

    @Override
    public void changeVolume(double delta) {
      double asked = VoiceSettings.clampVolume(pendingGain + delta);
      if (Math.abs(asked - pendingGain) < 1e-9) {
        acknowledge(delta > 0 ? Acknowledgements.LOUDEST : Acknowledgements.SOFTEST);
      } else {
        setVolume(asked);
      }
    }

    @Override
    public void setVolume(double volume) {
      // whole tenths, as the voice says them, so repeated steps never drift
      pendingGain = VoiceSettings.volumePercent(volume) / 100.0;
      acknowledge(Acknowledgements.volume(pendingGain));
    }

    @Override
    public void toggleAmbient() {
      if (!mixer.hasAmbient()) {
        acknowledge(Acknowledgements.NO_BED);
        return;
      }
      bedOff = !bedOff;
      mixer.ambient(!bedOff);
      acknowledge(bedOff ? Acknowledgements.BED_OFF : Acknowledgements.BED_ON);
    }

    @Override
    public void stop() {
      overlays.clear();
      stopping = true;
      acknowledge(Acknowledgements.STOPPED);
    }

    @Override
    public void toggleListening() {
      acknowledge(Acknowledgements.listening(listening.toggle()));
    }

    @Override
    public void heard(Command command) {
      command.applyTo(this);
      overlays.addNext(TONE);
    }

    @Override
    public void askToStop() {
      paused = true;
      acknowledge(Acknowledgements.ASK_STOP);
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
    tally.moveTo(index.stepEnds(program.session().steps().size()));
    if (segment >= index.segments().size()) {
      position = Math.min(position, index.timeline().length());
      return;
    }
    position = PositionMap.map(from, index.segments().get(segment), position, index);
  }

  private void seek(Navigation.Jump jump) {
    long target = Math.max(0, Math.min(jump.target(), index.timeline().length()));
    tally.jumped(position, target);
    position = target;
    overlays.clear();
    acknowledge(jump.words());
    Event.Segment segment = index.segmentAt(position);
    if (segment.start() != position) {
      listeners.forEach(l -> l.onEvent(segment, state()));
    }
  }

  private void acknowledge(String words) {
    overlays.add(words, program.phrases().say(words));
    notice(words);
  }

  private void notice(String words) {
    publish();
    listeners.forEach(l -> l.onNotice(words, state()));
  }

  private void write(int frames) throws IOException {
    if (frames > 0) {
      sink.write(block, frames);
      written += frames;
    }
  }

  private void deviceLost(String message) {
    captionsOnly = true;
    warn(message);
  }

  private void warn(String message) {
    listeners.forEach(l -> l.onWarning(message));
  }

  private void load(Program next) {
    program = next;
    index = new TimelineIndex(next.timeline());
    mixer = new Mixer(next.timeline(), next.clips());
    mixer.ambient(
        !bedOff); // a new rate or the whole session after its chime keeps the bed as the user left
    // it
  }

  private void publish() {
    boolean finished =
        position >= index.timeline().length() && overlays.isEmpty() && !continuation.pending();
    Status status =
        stopped
            ? Status.STOPPED
            : finished
                ? Status.FINISHED
                : paused ? Status.PAUSED : continuation.pending() ? Status.LOADING : Status.PLAYING;
    // what is being said: an acknowledgement now (the overlays change), else the timeline's phrase
    String spoken = !overlays.isEmpty() ? overlays.caption() : paused ? "" : null;
    snapshot =
        new Snapshot(
            program,
            index,
            position,
            spoken,
            status,
            pendingGain,
            tally.completed(),
            tally.skipped(),
            captionsOnly);
  }

  /** The engine's state after a block, made into an {@link EngineState} once, when first read. */
  private static final class Snapshot {
    private final Program program;
    private final TimelineIndex index;
    private final long position;
    private final String spoken;
    private final Status status;
    private final double volume;
    private final int completed;
    private final int skipped;
    private final boolean captionsOnly;
    private volatile EngineState made;

    Snapshot(
        Program program,
        TimelineIndex index,
        long position,
        String spoken,
        Status status,
        double volume,
        int completed,
        int skipped,
        boolean captionsOnly) {
      this.program = program;
      this.index = index;
      this.position = position;
      this.spoken = spoken;
      this.status = status;
      this.volume = volume;
      this.completed = completed;
      this.skipped = skipped;
      this.captionsOnly = captionsOnly;
    }

    EngineState state() {
      EngineState s = made;
      if (s == null) {
        // two readers at once may both make it: the same immutable state either way
        String caption =
            spoken != null ? spoken : index.sayAt(position).map(Event.Say::text).orElse("");
        s =
            StateReader.at(
                program,
                index,
                position,
                new StateReader.Live(status, caption, volume, completed, skipped, captionsOnly));
        made = s;
      }
      return s;
    }
  }
}
