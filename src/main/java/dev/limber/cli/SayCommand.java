package dev.limber.cli;

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

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE.wav",
      description = "Write a WAV file (- for standard output) instead of playing.")
  String output;

  @Mixin DeviceOption card;

  @Mixin VoiceOptions options;

  private final Context context;

  SayCommand(Context context) {
    this.context = context;
  }

  /** A signal (Ctrl-C, SIGTERM, SIGHUP) stops it with status 130 and leaves no half file. */
  @Override
  public Integer call() throws Exception {
    return Signals.stoppable(signals -> say());
  }

  private int say() throws Exception {
    String text = String.join(" ", words);
    if (dev.limber.session.TextRules.firstUnprintable(text) >= 0) {
      throw new LimberException(
          Exit.USAGE, "the text to say must be printable, without control characters");
    }
    // refused before the voice starts, and the file is opened first, so a folder that cannot
    // take it is reported before any work
    boolean toStdout = Outputs.STDOUT.equals(output);
    if (toStdout) {
      Outputs.refuseTerminal(context);
    }
    FileOutput file = output == null || toStdout ? null : open(output);
    try {
      Pcm pcm;
      try (Speaker speaker = new Speaker(context)) {
        pcm = speaker.speech().synthesize(text, options.voice()).scaled(options.voice().volume());
      }
      if (output == null) {
        return Playing.play(pcm, card.device());
      }
      if (toStdout) {
        Wav.write(pcm, context.stdout());
        context.stdout().flush();
      } else {
        Wav.write(pcm, file.stream());
        file.commit();
      }
    } catch (IOException e) {
      if (output == null) {
        throw e; // the sound card's own failure, reported as before
      }
      throw Outputs.writeFailed(output, e);
    } finally {
      if (file != null) {
        file.close(); // no half-written file is left; nothing to do once committed
      }
    }
    return Exit.OK;
  }

  private FileOutput open(String typed) {
    try {
      return FileOutput.open(context.path(typed));
    } catch (IOException e) {
      throw new LimberException(Exit.IO, typed + ": cannot write: " + e.getMessage(), e);
    }
  }
}
