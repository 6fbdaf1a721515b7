package dev.limber.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server runs for days under -Xmx64m: fifty sessions in a row through the API leave the heap as
 * it was.
 */
class LongRunningTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int RUNS = 50;

  @TempDir Path folder;

  @Test
  void fiftySessionsInARowDoNotGrowTheHeap() throws Exception {
    try (TestRemote remote = new TestRemote(folder, TestRemote.Card.UNPACED)) {
      long after10 = 0;
      for (int i = 1; i <= RUNS; i++) {
        HttpResponse<String> play = remote.post("/api/play", "{\"session\":\"tiny\"}");
        assertThat(play.statusCode()).as("run %d: %s", i, play.body()).isEqualTo(202);
        TestRemote.await(() -> !playing(remote));
        assertThat(
                JSON.readTree(remote.get("/api/state").body())
                    .get("lastRun")
                    .get("ending")
                    .asText())
            .isEqualTo("COMPLETED");
        remote.get("/api/sessions");
        if (i == 10) {
          after10 = heapAfterGc();
        }
      }
      long after50 = heapAfterGc();

      // a leak of one session's program a run would be several megabytes by now
      assertThat(after50)
          .as(
              "heap after 10 runs %d KiB, after %d runs %d KiB",
              after10 / 1024, RUNS, after50 / 1024)
          .isLessThan(after10 + 4L * 1024 * 1024);
    }
  }

  private static boolean playing(TestRemote remote) {
    try {
      return JSON.readTree(remote.get("/api/state").body()).get("playing").asBoolean();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static long heapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
