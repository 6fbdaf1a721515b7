package dev.limber.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the whole command line in memory and keeps what it printed. */
public record CliRun(int status, String out, String err) {

  public static CliRun of(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Context context = new Context(env, Path.of(""), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true), new PrintWriter(err, true), false);
    int status = Limber.run(context, args);
    return new CliRun(status, out.toString(), err.toString());
  }
}
