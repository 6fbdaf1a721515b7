package dev.limber.cli;

import dev.limber.Exit;
import dev.limber.LimberException;
import dev.limber.audio.FileOutput;
import dev.limber.audio.WavSink;
import dev.limber.catalog.Catalog;
import dev.limber.engine.Program;
import dev.limber.engine.Renderer;
import dev.limber.timeline.Timeline;
import dev.limber.timeline.TimelineJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limber render SESSION -o FILE.wav}: the whole session as audio, as fast as the CPU allows. */
@Command(name = "render", description = "Write a whole session as a WAV file (-o - for standard output).")
final class RenderCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SESSION", description = "A session file or an id from 'limber list'.")
  String session;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.wav", description = "Where to write the WAV; - for standard output.")
  String output;

  @Option(names = "--timeline", paramLabel = "FILE.json", description = "Also write the compiled timeline as JSON.")
  Path timelineFile;

  @Mixin VoiceOptions options;

  private final Context context;

  RenderCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Catalog.Entry entry = context.catalog().resolve(session);
    try (Speaker speaker = new Speaker(context)) {
      Program program = speaker.program(entry.session(), options.timeline(), options.voice());
      if (timelineFile != null) {
        writeTimeline(program.timeline(), entry.session().id());
      }
      if (output.equals("-")) {
        WavSink sink = WavSink.toStream(context.stdout(), program.timeline().length());
        Renderer.render(program, options.voice().volume(), sink);
        sink.close();
      } else {
        writeFile(program, context.path(output));
      }
    }
    return Exit.OK;
  }

  private void writeFile(Program program, Path file) throws IOException {
    WavSink sink;
    try {
      sink = WavSink.toFile(file, program.timeline().length());
    } catch (IOException e) {
      throw new LimberException(Exit.IO, output + ": " + e.getMessage(), e);
    }
    boolean written = false;
    try {
      Renderer.render(program, options.voice().volume(), sink);
      sink.close();
      written = true;
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new LimberException(Exit.IO, output + ": writing failed: " + e.getMessage(), e);
    } finally {
      if (!written) {
        sink.abandon(); // whatever went wrong, no half-written file is left under the name
      }
    }
  }

  private void writeTimeline(Timeline timeline, String id) throws IOException {
    try (FileOutput file = FileOutput.open(context.path(timelineFile.toString()))) {
      TimelineJson.write(timeline, id, file.stream());
      file.commit();
    } catch (IOException e) {
      throw new LimberException(Exit.IO, timelineFile + ": cannot write the timeline: " + e.getMessage(), e);
    }
  }
}
