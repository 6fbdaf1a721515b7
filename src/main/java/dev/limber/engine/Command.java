package dev.limber.engine;

/**
 * What a face can ask of a running session. Commands are queued and applied between blocks, and
 * every one is answered by the voice. Each command carries itself out on a {@link Handler}, which
 * has one method per command: a new command does not compile until the engine handles it.
 */
public sealed interface Command {

  /** Calls the method of {@code handler} that carries out this command. */
  void applyTo(Handler handler);

  /** Carries out each kind of command; the engine is the one implementation. */
  interface Handler {
    void togglePause();

    void pause();

    void resume();

    void nextStep();

    void previousStep();

    void repeat();

    void where();

    void help();

    void changeRate(int delta);

    void changeVolume(double delta);

    void setVolume(double gain);

    void toggleAmbient();

    void stop();

    void toggleListening();

    void heard(Command command);

    void askToStop();
  }

  /** Pause, or resume when paused. */
  record TogglePause() implements Command {
    @Override
    public void applyTo(Handler handler) {
      handler.togglePause();
    }
  }

  record Pause() implements Command {
    @Override
    public void applyTo(Handler handler) {
      handler.pause();
    }
  }

  /** Go on, from the start of the phrase that the pause cut. */
  record Resume() implements Command {
    @Override
    public void applyTo(Handler handler) {
      handler.resume();
    }
  }

  record NextStep() implements Command {
    @Override
    public void applyTo(Handler handler) {
      handler.nextStep();
    }
  }

  /**
   * Back to the start of this step, or to the previous step within the first seconds of this one.
   */
  record PreviousStep() implements Command {
    @Override
    public void applyTo(Handler handler) {
      handler.previousStep();
    }
  }

  /** Say again what to do now: the step's instructions, in a hold and in its preparation too. */
  record Repeat() implements Command {
    @Override
    public void applyTo(Handler handler) {
      handler.repeat();
    }
  }

  /** Say where the session is: the step, what comes next and how long is left. */
  record Where() implements Command {
    @Override
    public void applyTo(Handler handler) {
      handler.where();
    }
  }

  /** Say which keys do what. */
  record Help() implements Command {
    @Override
    public void applyTo(Handler handler) {
      handler.help();
    }
  }

  /** Change the speech rate by {@code delta} words a minute, from the next phrase on. */
  record ChangeRate(int delta) implements Command {
    @Override
    public void applyTo(Handler handler) {
      handler.changeRate(delta);
    }
  }

  /** Change the volume by {@code delta} (a gain, such as 0.1), from the next phrase on. */
  record ChangeVolume(double delta) implements Command {
    @Override
    public void applyTo(Handler handler) {
      handler.changeVolume(delta);
    }
  }

  /**
   * Set the volume, a gain from 0 to {@link dev.limber.speech.VoiceSettings#MAX_VOLUME}, from the
   * next phrase on.
   */
  record SetVolume(double gain) implements Command {
    @Override
    public void applyTo(Handler handler) {
      handler.setVolume(gain);
    }
  }

  /** Switch the ambient bed under the session off, or on again. */
  record ToggleAmbient() implements Command {
    @Override
    public void applyTo(Handler handler) {
      handler.toggleAmbient();
    }
  }

  /** End the session, after saying so. */
  record Stop() implements Command {
    @Override
    public void applyTo(Handler handler) {
      handler.stop();
    }
  }

  /** Switch voice commands on or off (the microphone is opened the first time). */
  record ToggleListening() implements Command {
    @Override
    public void applyTo(Handler handler) {
      handler.toggleListening();
    }
  }

  /**
   * A command the voice gave: a short soft tone answers it at once, then {@code command} is carried
   * out and acknowledged as from a key.
   */
  record Heard(Command command) implements Command {
    public Heard {
      if (command instanceof Heard) {
        throw new IllegalArgumentException("a heard command inside a heard command");
      }
    }

    @Override
    public void applyTo(Handler handler) {
      handler.heard(command);
    }
  }

  /** Pause and ask whether to stop the session: the voice face waits for "limber yes". */
  record AskToStop() implements Command {
    @Override
    public void applyTo(Handler handler) {
      handler.askToStop();
    }
  }
}
