package dev.limber.cli;

import dev.limber.audio.FileOutput;
import dev.limber.audio.Pcm;
import dev.limber.audio.Tones;
import dev.limber.audio.Wav;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code limber make-sounds [FOLDER]}: regenerates the bundled sounds of {@code audio/} from code.
 */
@Command(
    name = "make-sounds",
    hidden = true,
    description = "Write the bundled sounds (chime, bell, breath tones) as WAV files.")
final class SoundsCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..1",
      paramLabel = "FOLDER",
      description = "Where to write them (default: audio).")
  String folder = "audio";

  private final Context context;

  SoundsCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Path target = context.path(folder);
    Files.createDirectories(target);
    for (Map.Entry<String, Pcm> sound : new TreeMap<>(Tones.all()).entrySet()) {
      try (FileOutput out = FileOutput.open(target.resolve(sound.getKey()))) {
        Wav.write(sound.getValue(), out.stream());
        out.commit();
      } catch (IOException e) {
        throw new LimberException(
            Exit.IO, target.resolve(sound.getKey()) + ": writing failed: " + e.getMessage(), e);
      }
      context
          .out()
          .printf(
              "%s: %.2f s%n",
              target.resolve(sound.getKey()), sound.getValue().frames() / (double) Pcm.SAMPLE_RATE);
    }
    return Exit.OK;
  }
}
