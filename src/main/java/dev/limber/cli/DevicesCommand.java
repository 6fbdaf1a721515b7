package dev.limber.cli;

import dev.limber.audio.Devices;
import dev.limber.audio.Microphone;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code limber devices}: the sound outputs that can play, the one used by default marked. */
@Command(
    name = "devices",
    description =
        "List the audio outputs, then the inputs; the one marked * is used unless --device"
            + " (or --mic) says otherwise.")
final class DevicesCommand implements Callable<Integer> {
  private final Context context;

  DevicesCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    List<Devices.Device> all = Devices.outputs();
    if (all.isEmpty()) {
      throw new LimberException(
          Exit.UNAVAILABLE, "no audio output found; 'play' will run silently with captions");
    }
    // picked from the list, not by asking every card again
    Optional<Devices.Device> chosen = Devices.preferred(all);
    for (Devices.Device d : all) {
      context
          .out()
          .println(
              (chosen.filter(d::equals).isPresent() ? "* " : "  ")
                  + d.name()
                  + "  ("
                  + d.description()
                  + ")");
    }
    List<Devices.Device> inputs = Microphone.inputs();
    context
        .out()
        .println(inputs.isEmpty() ? "No audio input (voice commands need one)." : "Inputs:");
    for (int i = 0; i < inputs.size(); i++) {
      Devices.Device d = inputs.get(i);
      context.out().println((i == 0 ? "* " : "  ") + d.name() + "  (" + d.description() + ")");
    }
    return 0;
  }
}
