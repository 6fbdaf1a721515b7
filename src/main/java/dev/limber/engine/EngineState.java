package dev.limber.engine;

import dev.limber.timeline.Phase;
import dev.limber.timeline.Timeline;

/**
 * What a session run is doing, as a face shows it or a JSON API sends it: every field readable as
 * it is, no magic numbers. Immutable; the engine publishes a new one after every block.
 *
 * @param status what the run is doing as a whole
 * @param sessionId the session's id, as {@code limber list} shows it
 * @param title the session's title
 * @param step the step under way, counted from 1; 0 in the intro and the outro
 * @param steps how many steps the session has
 * @param stepName the current step's name, or the session's title outside the steps
 * @param nextStep the name of the step that comes next, or "" when none does
 * @param phase the part of the step (or of the session) under way
 * @param side the side of a two-sided step, or {@link Side#NONE}
 * @param set the set under way, from 1, and {@code sets} how many the step has
 * @param rep the repetition under way, from 1, or 0 outside repetitions; {@code reps} how many
 * @param breath the phase of the paced breath, or {@link Breath#NONE} when breathing is not paced
 * @param secondsLeft whole seconds left in the current phase, rounded up
 * @param position frame of the timeline reached; {@code length} is the timeline's length in frames
 * @param caption what the voice is saying now, or "" between phrases
 * @param volume the volume asked for, from 0 to {@link dev.limber.speech.VoiceSettings#MAX_VOLUME}
 * @param rate the speech rate in words a minute
 * @param stepsCompleted steps played to their end (each counted once)
 * @param stepsSkipped steps skipped over with "next" and not completed since
 * @param captionsOnly there is no sound: the run goes on in real time with captions alone
 */
public record EngineState(
    Status status,
    String sessionId,
    String title,
    int step,
    int steps,
    String stepName,
    String nextStep,
    Phase phase,
    Side side,
    int set,
    int sets,
    int rep,
    int reps,
    Breath breath,
    int secondsLeft,
    long position,
    long length,
    String caption,
    double volume,
    int rate,
    int stepsCompleted,
    int stepsSkipped,
    boolean captionsOnly) {

  /** What a run is doing as a whole. */
  public enum Status {
    /** The opening chime plays while the session is made ready. */
    LOADING,
    PLAYING,
    PAUSED,
    /** Played to its end. */
    FINISHED,
    /** Ended before its end, by a key, a signal or a failure. */
    STOPPED;

    /** Whether the run is over. */
    public boolean over() {
      return this == FINISHED || this == STOPPED;
    }
  }

  /** The side of a two-sided step. */
  public enum Side {
    NONE,
    LEFT,
    RIGHT;

    /** The side of a timeline segment, which numbers them 0 (none), 1 (left) and 2 (right). */
    public static Side of(int timelineSide) {
      return values()[timelineSide];
    }
  }

  /** The phase of a paced breath. */
  public enum Breath {
    NONE,
    IN,
    HOLD,
    OUT
  }

  /** Fraction of the session played, from 0 to 1. */
  public double progress() {
    return length == 0 ? 1 : Math.min(1, (double) position / length);
  }

  /** Whole seconds of the session still to play, rounded up. */
  public long secondsLeftInSession() {
    return (Math.max(0, length - position) + Timeline.SAMPLE_RATE - 1) / Timeline.SAMPLE_RATE;
  }

  /** A builder for tests and faces that show a state they made up, such as a preview. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a state field by field; every field not set keeps a neutral value. */
  public static final class Builder {
    private Status status = Status.PLAYING;
    private String sessionId = "session";
    private String title = "Session";
    private int step;
    private int steps = 1;
    private String stepName = "";
    private String nextStep = "";
    private Phase phase = Phase.INTRO;
    private Side side = Side.NONE;
    private int set = 1;
    private int sets = 1;
    private int rep;
    private int reps;
    private Breath breath = Breath.NONE;
    private int secondsLeft;
    private long position;
    private long length;
    private String caption = "";
    private double volume = 1;
    private int rate = 135;
    private int stepsCompleted;
    private int stepsSkipped;
    private boolean captionsOnly;

    private Builder() {}

    public Builder status(Status value) {
      status = value;
      return this;
    }

    public Builder session(String id, String sessionTitle) {
      sessionId = id;
      title = sessionTitle;
      return this;
    }

    /** The step under way, from 1 (0 outside the steps), of {@code total}, and its name. */
    public Builder step(int number, int total, String name) {
      step = number;
      steps = total;
      stepName = name;
      return this;
    }

    public Builder nextStep(String name) {
      nextStep = name;
      return this;
    }

    public Builder phase(Phase value, int seconds) {
      phase = value;
      secondsLeft = seconds;
      return this;
    }

    public Builder side(Side value) {
      side = value;
      return this;
    }

    public Builder set(int number, int total) {
      set = number;
      sets = total;
      return this;
    }

    public Builder rep(int number, int total) {
      rep = number;
      reps = total;
      return this;
    }

    public Builder breath(Breath value) {
      breath = value;
      return this;
    }

    public Builder position(long frame, long total) {
      position = frame;
      length = total;
      return this;
    }

    public Builder caption(String words) {
      caption = words;
      return this;
    }

    public Builder volume(double gain) {
      volume = gain;
      return this;
    }

    public Builder rate(int wordsAMinute) {
      rate = wordsAMinute;
      return this;
    }

    public Builder tally(int completed, int skipped) {
      stepsCompleted = completed;
      stepsSkipped = skipped;
      return this;
    }

    public Builder captionsOnly(boolean value) {
      captionsOnly = value;
      return this;
    }

    public EngineState build() {
      return new EngineState(
          status,
          sessionId,
          title,
          step,
          steps,
          stepName,
          nextStep,
          phase,
          side,
          set,
          sets,
          rep,
          reps,
          breath,
          secondsLeft,
          position,
          length,
          caption,
          volume,
          rate,
          stepsCompleted,
          stepsSkipped,
          captionsOnly);
    }
  }
}
