package dev.limber.remote;

import dev.limber.catalog.Catalog;
import dev.limber.playback.Recording;
import java.util.Optional;

/**
 * How the runs the remote starts are recorded in the completion log, with the remote as their
 * origin, like any other run.
 */
@FunctionalInterface
public interface RunLogger {
  RunLogger NONE = entry -> Optional.empty();

  /** How the run of {@code entry} is recorded, or empty not to record it. Must return at once. */
  Optional<Recording> recording(Catalog.Entry entry);
}
