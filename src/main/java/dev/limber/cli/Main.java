package dev.limber.cli;

import dev.limber.ui.TerminalMode;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Entry point: wires the real environment to the command line and exits with its status. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // picocli registers converters for java.sql and java.time types by reflection, initializing
    // those classes (MonthDay builds a date formatter): about a third of the time it takes to
    // build the top command, for types no option of ours has. Its documented property leaves
    // them out.
    System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
    // the file descriptor itself, not System.out: a PrintStream swallows write errors, so a WAV
    // piped into a full disk or a closed pipe would end with status 0
    FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    // started with standard input closed, the JVM's own files take its place: no keys then
    InputStream in = TerminalMode.stdinIsOpen() ? System.in : InputStream.nullInputStream();
    Context context =
        new Context(
            System.getenv(),
            Path.of(""),
            in,
            stdout,
            out,
            err,
            TerminalMode.stdinIsTerminal(),
            TerminalMode.stdoutIsTerminal());
    // a thread that dies of an error says so in one line, as the main thread does below
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> err.println("limber: internal error in " + thread.getName() + ": " + e));
    int status;
    try {
      status = Limber.run(context, args);
    } catch (OutOfMemoryError e) {
      // picocli catches exceptions, not errors: a text too long for the voice would end in a
      // stack trace
      err.println(
          "limber: out of memory ("
              + e.getMessage()
              + "); give Java more with LIMBER_JAVA_OPTS=-Xmx2g, or say less at once");
      status = Exit.SOFTWARE;
    }
    if (out.checkError() && status == Exit.OK) {
      err.println("limber: standard output: writing failed");
      status = Exit.IO;
    }
    err.flush();
    System.exit(status);
  }

  /**
   * Ends the process now with {@code status}; the shutdown hooks run (half-written files are
   * removed).
   */
  static void exit(int status) {
    System.exit(status);
  }
}
