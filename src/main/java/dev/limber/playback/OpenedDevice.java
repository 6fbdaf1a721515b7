package dev.limber.playback;

import dev.limber.audio.AudioSink;
import java.io.IOException;
import java.util.Optional;

/**
 * A sound card opened for playing, or why there is none.
 *
 * @param sink the open device, or empty
 * @param missing why there is no device: {@link Missing#NONE} when there is one
 * @param whyNot the reason in words, "" when there is a device
 */
public record OpenedDevice(Optional<AudioSink> sink, Missing missing, String whyNot) {

  /** Why there is no device. */
  public enum Missing {
    NONE,
    /** The machine has no output at all. */
    NO_DEVICE,
    /** The user named a device and none matches. */
    NO_MATCH,
    /** The device is there but could not be opened, such as one another program holds. */
    FAILED
  }

  public static OpenedDevice opened(AudioSink sink) {
    return new OpenedDevice(Optional.of(sink), Missing.NONE, "");
  }

  public static OpenedDevice none(Missing missing, String whyNot) {
    return new OpenedDevice(Optional.empty(), missing, whyNot);
  }

  /** Closes a device that will not be played on. */
  public void close() throws IOException {
    if (sink.isPresent()) {
      sink.get().close();
    }
  }
}
