package dev.limber.cli;

import dev.limber.audio.Microphone;
import dev.limber.audio.WavStream;
import dev.limber.listen.Dithered;
import dev.limber.listen.Gate;
import dev.limber.listen.OwnSound;
import dev.limber.listen.OwnTimeline;
import dev.limber.listen.PacedStream;
import dev.limber.listen.SphinxDecoder;
import dev.limber.listen.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code limber listen}: a microphone check for voice commands. Prints each command it hears with
 * its time, from the microphone or from a recording.
 */
@Command(
    name = "listen",
    description =
        "Print the voice commands heard (\"00:12.4 pause\"): say 'Limber pause', 'Limber next'...")
final class ListenCommand implements Callable<Integer> {
  @Option(
      names = "--from",
      paramLabel = "FILE.wav",
      description =
          "A recording (a WAV file, of any length) instead of the microphone, fed in real time.")
  String from;

  @Option(names = "--fast", description = "With --from: decode as fast as possible.")
  boolean fast;

  @Option(
      names = "--own",
      paramLabel = "TIMELINE.json",
      description =
          "With --from: the timeline of Limber's own sound in the recording (limber render"
              + " --timeline); what overlaps it is thrown away, as while playing.")
  String own;

  @Option(names = "--json", description = "One JSON object a line, with start and latency.")
  boolean json;

  @Option(
      names = "--mic",
      paramLabel = "NAME",
      description = "Listen on this input (part of a name from 'limber devices').")
  String mic;

  private final Context context;

  ListenCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    if (from == null && (fast || own != null)) {
      throw new LimberException(Exit.USAGE, (fast ? "--fast" : "--own") + " needs --from FILE.wav");
    }
    OwnSound ownSound = own == null ? OwnSound.NONE : timeline(context.path(own));
    InputStream audio;
    Optional<java.util.function.LongSupplier> started = Optional.empty();
    if (from != null) {
      InputStream file = new Dithered(recording(context.path(from)));
      if (fast) {
        audio = file;
      } else {
        PacedStream paced = new PacedStream(file);
        started = Optional.of(paced::started);
        audio = paced;
      }
    } else {
      try {
        audio = Microphone.open(Optional.ofNullable(mic));
      } catch (IOException e) {
        throw new LimberException(Exit.UNAVAILABLE, e.getMessage(), e);
      }
      long opened = System.nanoTime();
      started = Optional.of(() -> opened);
      context.err().println("limber: listening; say 'Limber pause', 'Limber next'... Ctrl-C ends");
      context.err().flush();
    }
    try (InputStream in = audio) {
      Transcript.of(
          in,
          SphinxDecoder::start,
          new Gate(ownSound),
          started,
          System::nanoTime,
          line -> {
            context.out().println(json ? line.json() : line.text());
            context.out().flush();
          });
    } catch (IOException e) {
      throw new LimberException(Exit.SOFTWARE, e.getMessage(), e);
    }
    return Exit.OK;
  }

  /**
   * The file's samples as they are read, converted to the recognizer's format: a recording of any
   * length takes the same memory.
   */
  private static InputStream recording(Path file) {
    if (Files.isDirectory(file)) {
      throw new LimberException(Exit.NO_INPUT, file + ": is a folder, not a WAV file");
    }
    InputStream in;
    try {
      // not Files.newInputStream: its available() seeks, which fails on a FIFO ("Illegal seek")
      in = new java.io.FileInputStream(file.toFile());
    } catch (java.io.FileNotFoundException e) {
      throw new LimberException(
          Exit.NO_INPUT,
          file + (Files.exists(file) ? ": cannot be read (permission?)" : ": no such file"));
    }
    try {
      return WavStream.open(in);
    } catch (IOException e) {
      try {
        in.close();
      } catch (IOException ignored) {
        // the message that matters is the format's
      }
      throw new LimberException(Exit.DATA, file + ": " + e.getMessage());
    }
  }

  private static OwnSound timeline(Path file) {
    try {
      return OwnTimeline.read(file);
    } catch (NoSuchFileException e) {
      throw new LimberException(Exit.NO_INPUT, file + ": no such file");
    } catch (IOException e) {
      throw new LimberException(
          Files.isRegularFile(file) ? Exit.DATA : Exit.NO_INPUT, file + ": " + e.getMessage());
    }
  }
}
