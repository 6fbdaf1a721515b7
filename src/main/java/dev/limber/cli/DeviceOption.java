package dev.limber.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --device} option of the commands that play through the sound card: play and say. */
final class DeviceOption {
  @Option(
      names = "--device",
      paramLabel = "NAME",
      description = "Play on this output (part of a name from 'limber devices').")
  String name;

  /** The device asked for, or empty for the default one. */
  Optional<String> device() {
    return Optional.ofNullable(name);
  }
}
