package dev.limber.cli;

import dev.limber.audio.AudioSink;
import dev.limber.audio.FileOutput;
import dev.limber.audio.WavSink;
import dev.limber.catalog.Catalog;
import dev.limber.engine.Program;
import dev.limber.engine.Renderer;
import dev.limber.timeline.TimelineJson;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limber render SESSION -o FILE.wav}: the whole session as audio, as fast as the CPU allows.
 */
@Command(
    name = "render",
    description = "Write a whole session as a WAV file (-o - for standard output).")
final class RenderCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SESSION", description = "A session file or an id from 'limber list'.")
  String session;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE.wav",
      description = "Where to write the WAV; - for standard output.")
  String output;

  @Option(
      names = "--timeline",
      paramLabel = "FILE.json",
      description = "Also write the compiled timeline as JSON; - for standard output.")
  String timelineFile;

  @Mixin VoiceOptions options;

  private final Context context;

  RenderCommand(Context context) {
    this.context = context;
  }

  /**
   * A signal (Ctrl-C, SIGTERM, SIGHUP) stops the render with status 130 and leaves no half file.
   */
  @Override
  public Integer call() throws Exception {
    return Signals.stoppable(this::render);
  }

  private int render(Signals signals) throws Exception {
    boolean audioToStdout = output.equals(Outputs.STDOUT);
    if (audioToStdout && Outputs.STDOUT.equals(timelineFile)) {
      throw new LimberException(
          Exit.USAGE,
          "the audio and the timeline cannot both go to standard output; give a file for one");
    }
    if (audioToStdout) {
      Outputs.refuseTerminal(context);
    }
    Catalog.Entry entry = context.catalog().resolve(session);
    refuseInputs(entry);
    // the file is opened first: a folder that cannot take it is reported before any work
    FileOutput wav = audioToStdout ? null : open(output);
    try (Speaker speaker = new Speaker(context)) {
      Program program = speaker.program(entry.session(), options.timeline(), options.voice());
      if (timelineFile != null) {
        writeTimeline(program, entry.session().id());
      }
      render(
          program,
          audioToStdout
              ? WavSink.toStream(context.stdout(), program.timeline().length())
              : WavSink.toFile(wav, program.timeline().length()),
          signals);
    } catch (IOException | UncheckedIOException e) {
      throw Outputs.writeFailed(output, e);
    } finally {
      if (wav != null) {
        wav.close(); // whatever went wrong, no half-written file is left; nothing to do once
        // committed
      }
    }
    return Exit.OK;
  }

  private void refuseInputs(Catalog.Entry entry) {
    for (String typed : new String[] {output, timelineFile}) {
      if (typed != null && !typed.equals(Outputs.STDOUT)) {
        Outputs.refuseInput(context.path(typed), typed, entry.file());
      }
    }
    if (timelineFile != null
        && !timelineFile.equals(Outputs.STDOUT)
        && !output.equals(Outputs.STDOUT)) {
      Outputs.refuseSame(context.path(output), context.path(timelineFile), timelineFile);
    }
  }

  private FileOutput open(String typed) {
    try {
      return FileOutput.open(context.path(typed));
    } catch (IOException e) {
      throw new LimberException(Exit.IO, typed + ": " + e.getMessage(), e);
    }
  }

  private void render(Program program, WavSink sink, Signals signals) throws IOException {
    Renderer.render(
        program,
        options.voice().volume(),
        new AudioSink() {
          @Override
          public void write(short[] block, int frames) throws IOException {
            if (signals.fired()) {
              throw new InterruptedIOException("stopped by a signal");
            }
            sink.write(block, frames);
          }

          @Override
          public void close() {
            // the render leaves the sink open: it is closed below, or abandoned
          }
        });
    if (signals.fired()) {
      throw new InterruptedIOException("stopped by a signal"); // before the file is put in place
    }
    sink.close(); // pads a short stream, then flushes standard output or puts the file in place
  }

  private void writeTimeline(Program program, String id) {
    if (timelineFile.equals(Outputs.STDOUT)) {
      try {
        OutputStream out = Outputs.unclosable(context.stdout());
        TimelineJson.write(program.timeline(), id, out);
        out.flush();
      } catch (IOException e) {
        throw Outputs.writeFailed(timelineFile, e);
      }
      return;
    }
    try (FileOutput file = open(timelineFile)) {
      TimelineJson.write(program.timeline(), id, file.stream());
      file.commit();
    } catch (IOException e) {
      throw new LimberException(
          Exit.IO, timelineFile + ": cannot write the timeline: " + e.getMessage(), e);
    }
  }
}
