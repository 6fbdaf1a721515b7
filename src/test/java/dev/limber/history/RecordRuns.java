package dev.limber.history;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A tiny player for forked-JVM tests: {@code DB CACHE runs N TAG} records N whole runs; {@code DB
 * CACHE hang} records a start and some progress, says "ready" and waits to be killed.
 */
public final class RecordRuns {
  private RecordRuns() {}

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]);
    Path cache = Path.of(args[1]);
    try (RunLog log = RunLog.open(db, cache, w -> System.err.println("warning: " + w))) {
      if (args[2].equals("runs")) {
        int n = Integer.parseInt(args[3]);
        for (int i = 0; i < n; i++) {
          String id = args[4] + "-" + i;
          var at = Instant.now().atZone(ZoneId.systemDefault()).toOffsetDateTime();
          log.start(Runs.start(id, "desk-break", at));
          require(log.flush(Duration.ofSeconds(30)), id);
          log.progress(id, new RunProgress(5, 2));
          log.end(id, Runs.end(RunOutcome.COMPLETED, 10, at.plusSeconds(10)));
          require(log.flush(Duration.ofSeconds(30)), id);
        }
        System.out.println("done");
      } else {
        log.start(
            Runs.start(
                "killed",
                "lower-back-basics",
                Instant.now().atZone(ZoneId.systemDefault()).toOffsetDateTime()));
        log.progress("killed", new RunProgress(40, 3));
        require(log.flush(Duration.ofSeconds(30)), "killed");
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
      }
    }
  }

  private static void require(boolean written, String id) {
    if (!written) {
      throw new IllegalStateException("run " + id + " was not written in time");
    }
  }
}
