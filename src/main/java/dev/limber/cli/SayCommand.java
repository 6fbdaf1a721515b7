package dev.limber.cli;

import dev.limber.Exit;
import dev.limber.LimberException;
import dev.limber.audio.FileOutput;
import dev.limber.audio.Pcm;
import dev.limber.audio.Wav;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limber say TEXT}: one phrase with the current voice settings. */
@Command(name = "say", description = "Speak one phrase with the current voice settings.")
final class SayCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What to say.")
  List<String> words;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.wav", description = "Write a WAV file (- for standard output) instead of playing.")
  String output;

  @Mixin DeviceOption card;

  @Mixin VoiceOptions options;

  private final Context context;

  SayCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    String text = String.join(" ", words);
    if (dev.limber.session.TextRules.firstUnprintable(text) >= 0) {
      throw new LimberException(Exit.USAGE, "the text to say must be printable, without control characters");
    }
    Pcm pcm;
    try (Speaker speaker = new Speaker(context)) {
      pcm = speaker.speech().synthesize(text, options.voice()).scaled(options.voice().volume());
    }
    if (output == null) {
      return Playing.play(pcm, card.device());
    }
    if (output.equals("-")) {
      Wav.write(pcm, context.stdout());
      context.stdout().flush();
      return Exit.OK;
    }
    try (FileOutput file = FileOutput.open(context.path(output))) {
      Wav.write(pcm, file.stream());
      file.commit();
    } catch (IOException e) {
      throw new LimberException(Exit.IO, output + ": cannot write: " + e.getMessage(), e);
    }
    return Exit.OK;
  }
}
