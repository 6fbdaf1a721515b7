package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.DataDirs;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything a command may touch outside the program: environment, working folder, standard streams
 * and whether a person is at a terminal. Tests build one in memory. {@code stdout} is the raw
 * standard output, for binary output such as a WAV; {@code out} is the same stream for text. {@code
 * keysFromTerminal} says standard input is a terminal, to be put in character mode for single-key
 * controls; {@code stdoutIsTerminal} says standard output is one, where binary output such as a WAV
 * is refused.
 */
public record Context(
    Map<String, String> env,
    Path workingDir,
    InputStream in,
    OutputStream stdout,
    PrintWriter out,
    PrintWriter err,
    boolean keysFromTerminal,
    boolean stdoutIsTerminal) {

  public DataDirs dirs() {
    return DataDirs.from(env).outside(workingDir.resolve("sessions"));
  }

  public Catalog catalog() {
    return new Catalog(workingDir.resolve("sessions"), dirs().sessions());
  }

  /** A path as the user typed it, resolved against the working folder. */
  public Path path(String typed) {
    return workingDir.resolve(typed);
  }
}
