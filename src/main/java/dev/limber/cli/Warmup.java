package dev.limber.cli;

import dev.limber.audio.Devices;
import dev.limber.catalog.Bundled;
import dev.limber.session.SessionParser;
import java.util.Arrays;
import java.util.Optional;

/**
 * Start-up work for {@code play}, done on the second core while picocli builds its model of the
 * command line on the first (about 60 ms): javax.sound finds its providers and asks ALSA for the
 * devices, and the session reader parses the bundled default session, which loads and initializes
 * Jackson. Nothing is kept but warm classes; the play command does both again, in a few
 * milliseconds each, and reports any failure itself.
 */
final class Warmup {
  private Warmup() {}

  /** Starts warming up when the arguments may mean playing; returns at once. */
  static void startFor(String... args) {
    if (args.length == 0 || Arrays.asList(args).contains("play")) {
      Thread thread = new Thread(Warmup::run, "limber-warmup");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private static void run() {
    try {
      Devices.choose(Optional.empty());
      byte[] bytes = Bundled.session(Bundled.DEFAULT_SESSION).orElseThrow();
      new SessionParser(Bundled.SOUNDS).parse(bytes, Bundled.DEFAULT_SESSION);
      Speaker.sound("chime.wav");
    } catch (Exception | Error e) {
      // whatever failed here fails again where it is reported
    }
  }
}
