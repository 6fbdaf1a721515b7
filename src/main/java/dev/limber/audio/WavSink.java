package dev.limber.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a WAV stream of a length known in advance (so it can stream to standard output). To a
 * file it writes a temporary file beside it and renames it on close, so a failed render never
 * leaves a half-written file under the real name.
 */
public final class WavSink implements AudioSink {
  private final OutputStream out;
  private final long frames;
  private final Path temporary;
  private final Path target;
  private long written;

  private WavSink(OutputStream out, long frames, Path temporary, Path target) throws IOException {
    this.out = out;
    this.frames = frames;
    this.temporary = temporary;
    this.target = target;
    out.write(Wav.header(frames));
  }

  /** A sink writing to a stream such as standard output; the stream is flushed, not closed. */
  public static WavSink toStream(OutputStream out, long frames) throws IOException {
    return new WavSink(new BufferedOutputStream(out, 1 << 16), frames, null, null);
  }

  public static WavSink toFile(Path file, long frames) throws IOException {
    Path temporary = Wav.temporaryBeside(file);
    return new WavSink(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16), frames, temporary, file);
  }

  @Override
  public void write(short[] block, int count) throws IOException {
    int allowed = (int) Math.min(count, frames - written);
    out.write(Wav.littleEndian(block, allowed));
    written += allowed;
  }

  /** Deletes the temporary file after a failure; the target is untouched. */
  public void abandon() throws IOException {
    out.close();
    if (temporary != null) {
      Files.deleteIfExists(temporary);
    }
  }

  @Override
  public void close() throws IOException {
    // a short stream would leave a header that promises more than the file holds
    short[] silence = new short[4096];
    while (written < frames) {
      write(silence, (int) Math.min(silence.length, frames - written));
    }
    if (temporary == null) {
      out.flush();
      return;
    }
    out.close();
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
