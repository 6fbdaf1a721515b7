package dev.limber.cli;

import dev.limber.audio.Microphone;
import dev.limber.listen.Listening;
import dev.limber.listen.SphinxDecoder;
import dev.limber.ui.Config;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** The voice-command options of {@code play}: {@code --listen} and {@code --mic}. */
final class ListenOptions {
  @Option(
      names = "--listen",
      negatable = true,
      description =
          "Voice commands: say 'Limber pause', 'Limber resume', 'Limber next', 'Limber back',"
              + " 'Limber repeat', 'Limber where', 'Limber stop' (then 'Limber yes'). The l key"
              + " toggles them; \"listen\": true in the config turns them on.")
  Boolean listen;

  @Option(
      names = "--mic",
      paramLabel = "NAME",
      description = "Listen on this input (part of a name from 'limber devices').")
  String mic;

  /**
   * The voice face, listening from the start when asked here or in the config; the recognizer loads
   * only once listening is on.
   */
  Listening open(Config config, Consumer<String> warn) {
    boolean on = listen != null ? listen : config.listen().orElse(false);
    Optional<String> name = Optional.ofNullable(mic);
    return new Listening(() -> Microphone.open(name), SphinxDecoder::start, on, warn);
  }
}
