package dev.limber.remote;

import dev.limber.playback.PlaySettings;
import dev.limber.playback.Run;
import dev.limber.session.Session;

/**
 * Told of every run the remote starts, so it is logged like any other with the remote as its
 * origin. TODO(lead): wire the completion log (issue 10) here; {@link #NONE} logs nothing.
 */
@FunctionalInterface
public interface RunLogger {
  RunLogger NONE = (session, settings, run) -> {};

  /**
   * A run has just started, on a server thread; must return at once (use {@link Run#whenDone} and
   * {@link Run#addListener} to follow it).
   */
  void started(Session session, PlaySettings settings, Run run);
}
