package dev.limber.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the whole command line in memory and keeps what it printed, and any binary standard output.
 */
public record CliRun(int status, String out, String err, byte[] stdout) {

  public static CliRun of(Map<String, String> env, String... args) {
    return run(env, false, args);
  }

  /** As {@link #of}, with standard output a terminal. */
  public static CliRun atTerminal(Map<String, String> env, String... args) {
    return run(env, true, args);
  }

  private static CliRun run(Map<String, String> env, boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    Context context =
        new Context(
            env,
            Path.of(""),
            new ByteArrayInputStream(new byte[0]),
            stdout,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            false,
            terminal);
    int status = Limber.run(context, args);
    return new CliRun(status, out.toString(), err.toString(), stdout.toByteArray());
  }
}
