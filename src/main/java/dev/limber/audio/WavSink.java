package dev.limber.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes a WAV stream of a length known in advance (so it can stream to standard output). To a file
 * it goes through {@link FileOutput}, so a failed render never leaves a half-written file under the
 * real name.
 */
public final class WavSink implements AudioSink {
  private final OutputStream out;
  private final long frames;
  private final FileOutput file;
  private long written;

  private WavSink(OutputStream out, long frames, FileOutput file) throws IOException {
    this.out = out;
    this.frames = frames;
    this.file = file;
    out.write(Wav.header(frames));
  }

  /** A sink writing to a stream such as standard output; the stream is flushed, not closed. */
  public static WavSink toStream(OutputStream out, long frames) throws IOException {
    return new WavSink(new BufferedOutputStream(out, 1 << 16), frames, null);
  }

  public static WavSink toFile(Path path, long frames) throws IOException {
    return toFile(FileOutput.open(path), frames);
  }

  /** A sink writing to an output opened earlier; an abandoned sink drops it. */
  public static WavSink toFile(FileOutput file, long frames) throws IOException {
    try {
      return new WavSink(file.stream(), frames, file);
    } catch (IOException | RuntimeException e) {
      file.close();
      throw e;
    }
  }

  @Override
  public void write(short[] block, int count) throws IOException {
    int allowed = (int) Math.min(count, frames - written);
    out.write(Wav.littleEndian(block, allowed));
    written += allowed;
  }

  /** Drops a file that failed half-way; the target is untouched. */
  public void abandon() {
    if (file != null) {
      file.close();
    }
  }

  @Override
  public void close() throws IOException {
    // a short stream would leave a header that promises more than the file holds
    short[] silence = new short[4096];
    while (written < frames) {
      write(silence, (int) Math.min(silence.length, frames - written));
    }
    if (file == null) {
      out.flush();
    } else {
      file.commit();
    }
  }
}
