package dev.limber.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The checks every command that writes a file makes first, so no output destroys an input or floods
 * a terminal.
 */
final class Outputs {
  static final String STDOUT = "-";

  private Outputs() {}

  /**
   * Refuses binary output when standard output is a terminal, where it would only garble the
   * screen.
   */
  static void refuseTerminal(Context context) {
    if (context.stdoutIsTerminal()) {
      throw new LimberException(
          Exit.USAGE, "standard output is a terminal; redirect it or give a file");
    }
  }

  /**
   * Refuses an output that is the input file itself, links included: writing it would destroy the
   * input.
   */
  static void refuseInput(Path output, String typed, Optional<Path> input) {
    if (input.isPresent() && isSameFile(output, input.get())) {
      throw new LimberException(
          Exit.USAGE, typed + ": is the session being read; give another output file");
    }
  }

  /** Refuses two outputs that are one file, since the second would replace the first. */
  static void refuseSame(Path first, Path second, String typed) {
    if (first.toAbsolutePath().normalize().equals(second.toAbsolutePath().normalize())
        || isSameFile(first, second)) {
      throw new LimberException(
          Exit.USAGE, typed + ": given for both the audio and the timeline; give two files");
    }
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false; // one of them cannot be looked at; opening it will say why
    }
  }

  /** Standard output for a writer that closes what it is given: flushed, never closed. */
  static OutputStream unclosable(OutputStream stdout) {
    return new FilterOutputStream(stdout) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /** The failure of a write, naming the target as the user gave it. */
  static LimberException writeFailed(String typed, Exception e) {
    String target = typed.equals(STDOUT) ? "standard output" : typed;
    return new LimberException(Exit.IO, target + ": writing failed: " + e.getMessage(), e);
  }
}
