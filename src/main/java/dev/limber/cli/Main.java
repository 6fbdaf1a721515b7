package dev.limber.cli;

import dev.limber.ui.TerminalMode;
import java.io.InputStream;
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
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    // started with standard input closed, the JVM's own files take its place: no keys then
    InputStream in = TerminalMode.stdinIsOpen() ? System.in : InputStream.nullInputStream();
    Context context = new Context(System.getenv(), Path.of(""), in, System.out, out, err, TerminalMode.stdinIsTerminal());
    int status = Limber.run(context, args);
    out.flush();
    err.flush();
    System.exit(status);
  }
}
