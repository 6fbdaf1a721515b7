package dev.limber.playback;

import dev.limber.audio.Devices;
import dev.limber.audio.LineSink;
import java.io.IOException;
import java.util.Optional;

/** Opens the sound card to play a session on. Implementations may block for a few milliseconds. */
@FunctionalInterface
public interface DeviceOpener {

  /**
   * The device named (part of a name from {@code limber devices}), or the default one when empty.
   */
  OpenedDevice open(Optional<String> name);

  /** The sound cards javax.sound knows of. */
  static DeviceOpener soundCards() {
    return name -> {
      Optional<Devices.Device> chosen = Devices.choose(name);
      if (chosen.isEmpty()) {
        return name.isPresent()
            ? OpenedDevice.none(
                OpenedDevice.Missing.NO_MATCH,
                "no audio device matches \"" + name.get() + "\" (see 'limber devices')")
            : OpenedDevice.none(OpenedDevice.Missing.NO_DEVICE, "no audio device found");
      }
      try {
        return OpenedDevice.opened(LineSink.open(chosen.get()));
      } catch (IOException e) {
        return OpenedDevice.none(OpenedDevice.Missing.FAILED, e.getMessage());
      }
    };
  }
}
