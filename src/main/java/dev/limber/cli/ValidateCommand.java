package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.CatalogException;
import dev.limber.session.Session;
import dev.limber.session.SessionFormatException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code limber validate FILE...}: checks every file and prints one line per fault. */
@Command(
    name = "validate",
    description = "Check session files and print every fault, one per line.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Session files to check.")
  List<String> files;

  private final Context context;

  ValidateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Catalog catalog = context.catalog();
    int status = Exit.OK;
    for (String file : files) {
      try {
        Session session = catalog.load(context.path(file)).session();
        int steps = session.steps().size();
        context
            .out()
            .println(
                file + ": ok: " + session.id() + ", " + steps + (steps == 1 ? " step" : " steps"));
      } catch (SessionFormatException e) {
        e.problems().forEach(context.err()::println);
        status = worse(status, Exit.DATA);
      } catch (CatalogException e) {
        context.err().println("limber: " + e.getMessage());
        status = worse(status, Exits.of(e));
      }
    }
    return status;
  }

  /** A missing file is the more basic failure, so 66 wins over 65. */
  private static int worse(int a, int b) {
    return a == Exit.NO_INPUT || b == Exit.NO_INPUT ? Exit.NO_INPUT : Math.max(a, b);
  }
}
