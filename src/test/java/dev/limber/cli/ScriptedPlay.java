package dev.limber.cli;

import dev.limber.audio.AudioSink;
import dev.limber.audio.SilentSink;
import dev.limber.engine.Command;
import dev.limber.engine.Engine;
import dev.limber.engine.EngineSetup;
import dev.limber.engine.Program;
import dev.limber.playback.DeviceOpener;
import dev.limber.playback.Wiring;
import dev.limber.session.Session;
import dev.limber.speech.VoiceSettings;
import dev.limber.timeline.TimelineSettings;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Run in a forked JVM by {@link PlaybackIT}: plays a session through the real javax.sound device,
 * pausing and skipping at set moments of the timeline, and prints where each command landed.
 * Commands are tied to timeline positions rather than wall time because the captured ALSA device
 * takes audio as fast as it is written.
 */
public final class ScriptedPlay {
  private ScriptedPlay() {}

  public static void main(String[] args) throws Exception {
    String id = args[0];
    long pauseAt = Long.parseLong(args[1]) * 16_000;
    int pauseBlocks = Integer.parseInt(args[2]);
    long skipAt = Long.parseLong(args[3]) * 16_000;
    PrintWriter out = new PrintWriter(System.out, true);
    Context context =
        new Context(
            System.getenv(),
            Path.of(""),
            new ByteArrayInputStream(new byte[0]),
            System.out,
            out,
            out,
            false,
            false);
    Session session = context.catalog().resolve(id).session();
    try (Wiring wiring = Wiring.live(context.dirs(), line -> {})) {
      Program program =
          wiring.programs().playable(session, TimelineSettings.DEFAULT, VoiceSettings.DEFAULT);
      AudioSink sink = DeviceOpener.soundCards().open(Optional.empty()).sink().orElseThrow();
      Engine engine =
          new Engine(
              program,
              sink,
              new EngineSetup(
                  1.0, rate -> program, Runnable::run, Optional.of(SilentSink::new), false));
      engine.addListener(
          new dev.limber.engine.EngineListener() {
            @Override
            public void onNotice(String words, dev.limber.engine.EngineState state) {
              out.println("notice " + words);
            }
          });
      boolean paused = false;
      boolean skipped = false;
      int silentBlocks = 0;
      try {
        while (true) {
          long position = engine.state().position();
          if (!paused && position >= pauseAt) {
            engine.send(new Command.Pause());
            out.println("pause " + position + " " + engine.written());
            paused = true;
          } else if (paused && silentBlocks >= 0 && ++silentBlocks == pauseBlocks) {
            long writtenBefore = engine.written();
            engine.send(new Command.Resume());
            engine.step();
            out.println("resume " + engine.state().position() + " " + writtenBefore);
            silentBlocks = -1;
          } else if (!skipped && silentBlocks < 0 && position >= skipAt) {
            engine.send(new Command.NextStep());
            engine.step();
            out.println("skip " + position + " " + engine.state().position());
            skipped = true;
          }
          if (!engine.step()) {
            break;
          }
        }
      } finally {
        sink.close();
      }
      out.println("end " + engine.written());
    }
  }
}
