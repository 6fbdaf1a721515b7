package dev.limber.cli;

import dev.limber.audio.Devices;
import dev.limber.audio.LineSink;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A sound card opened for playing, or the reason there is none. */
record OpenedDevice(Optional<LineSink> line, String whyNot) {

  /** Opens the device named (part of a name from {@code limber devices}), or the default one. */
  static OpenedDevice open(Optional<String> name) {
    Optional<Devices.Device> chosen = Devices.choose(name);
    if (chosen.isEmpty()) {
      return new OpenedDevice(Optional.empty(),
          name.map(d -> "no audio device matches \"" + d + "\" (see 'limber devices')").orElse("no audio device found"));
    }
    try {
      return new OpenedDevice(Optional.of(LineSink.open(chosen.get())), "");
    } catch (IOException e) {
      return new OpenedDevice(Optional.empty(), e.getMessage());
    }
  }

  /**
   * Opens the device on a thread of its own, so that it is ready by the time the session is
   * loaded (each takes about 10 ms at start-up). Not the common pool: on two cores it has a single
   * worker, which compiling the session needs.
   */
  static CompletableFuture<OpenedDevice> openInBackground(Optional<String> name) {
    return CompletableFuture.supplyAsync(() -> open(name), task -> {
      Thread thread = new Thread(task, "limber-device");
      thread.setDaemon(true);
      thread.start();
    });
  }

  /** Closes a line that will not be played on. */
  void close() throws IOException {
    if (line.isPresent()) {
      line.get().close();
    }
  }
}
