package dev.limber.cli;

import dev.limber.engine.Program;
import dev.limber.playback.Wiring;
import dev.limber.session.Session;
import dev.limber.speech.Speech;
import dev.limber.speech.VoiceSettings;
import dev.limber.timeline.TimelineSettings;

/**
 * Speech for the commands that do not play a session (render, say, list): the live wiring's voice.
 */
final class Speaker implements AutoCloseable {
  private final Wiring wiring;

  Speaker(Context context) {
    this.wiring = Wiring.live(context.dirs(), line -> context.err().println("limber: " + line));
  }

  Speech speech() {
    return wiring.speech();
  }

  /** A session compiled with its clips; phrases for commands are synthesized only if asked for. */
  Program program(Session session, TimelineSettings settings, VoiceSettings voice) {
    return wiring.programs().program(session, settings, voice);
  }

  /**
   * How long a session lasts, in whole seconds: its timeline alone, neither mastered nor with its
   * bed.
   */
  long seconds(Session session, TimelineSettings settings, VoiceSettings voice) {
    return wiring.programs().seconds(session, settings, voice);
  }

  @Override
  public void close() {
    wiring.close();
  }
}
