package dev.limber.cli;

import dev.limber.catalog.CatalogException;
import dev.limber.playback.Outcome;
import java.io.IOException;

/**
 * The exit status of a run, from its outcome: the one place that knows how a run maps to sysexits.
 */
final class Exits {
  private Exits() {}

  /** The status of a session or data folder that cannot be used. */
  static int of(CatalogException failure) {
    return switch (failure.kind()) {
      case NOT_FOUND -> Exit.NO_INPUT;
      case UNREADABLE -> Exit.IO;
      case BAD_SETUP -> Exit.USAGE;
    };
  }

  /**
   * 0 for a run completed or quit, 130 for one stopped by a signal.
   *
   * @throws LimberException for a lost device (74); a failure's own exception for any other failure
   */
  static int of(Outcome outcome) throws IOException {
    return switch (outcome.ending()) {
      case COMPLETED, QUIT -> Exit.OK;
      case STOPPED -> Exit.STOPPED;
      case DEVICE_LOST ->
          throw new LimberException(
              Exit.IO,
              "the audio device failed: "
                  + outcome.failure().map(Exception::getMessage).orElse("unknown failure"),
              outcome.failure().orElse(null));
      case FAILED -> {
        Exception failure = outcome.failure().orElseThrow();
        if (failure instanceof IOException io) {
          throw io;
        }
        throw (RuntimeException) failure;
      }
    };
  }
}
