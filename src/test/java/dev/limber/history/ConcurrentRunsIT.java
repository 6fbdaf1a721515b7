package dev.limber.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.cli.CliRun;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real players in JVMs of their own: two writing at once, one killed mid-run, a reader beside them.
 */
class ConcurrentRunsIT {
  @TempDir Path home;

  private Path db() {
    return home.resolve("history.db");
  }

  private List<Run> read() {
    return HistoryReader.read(db(), home.resolve("cache"), RunFilter.ALL).orElse(List.of());
  }

  @Test
  void twoPlayersRecording500RunsEachAtOnceGive1000WholeRuns() throws Exception {
    Process a = Forked.recordRuns(db(), home.resolve("cache"), "runs", "500", "a");
    Process b = Forked.recordRuns(db(), home.resolve("cache"), "runs", "500", "b");
    // meanwhile a reader, as 'limber history --json' would be, never fails and never sees runs
    // vanish
    int reads = 0;
    int seen = 0;
    while (a.isAlive() || b.isAlive()) {
      int now = read().size();
      assertThat(now).isGreaterThanOrEqualTo(seen);
      seen = now;
      reads++;
      Thread.sleep(50);
    }
    assertThat(Forked.errors(a, 300)).isEmpty();
    assertThat(Forked.errors(b, 300)).isEmpty();
    assertThat(a.exitValue()).isZero();
    assertThat(b.exitValue()).isZero();

    List<Run> runs = read();
    assertThat(runs).hasSize(1000);
    assertThat(runs)
        .allSatisfy(
            r -> {
              assertThat(r.outcome()).hasValue(RunOutcome.COMPLETED);
              assertThat(r.secondsPlayed()).isEqualTo(10);
              assertThat(r.stepReached()).isEqualTo(2);
            });
    Map<Character, Long> byPlayer =
        runs.stream().collect(Collectors.groupingBy(r -> r.id().charAt(0), Collectors.counting()));
    assertThat(byPlayer).containsEntry('a', 500L).containsEntry('b', 500L);
    assertThat(reads).as("the reader ran while they wrote").isGreaterThan(1);
  }

  @Test
  void aPlayerKilledMidRunLeavesARunShownAsInterruptedWithItsProgress() throws Exception {
    Process p = Forked.recordRuns(db(), home.resolve("cache"), "hang");
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("ready");
    }
    p.destroyForcibly(); // SIGKILL: no shutdown hook, no close
    p.waitFor();
    assertThat(p.exitValue()).isEqualTo(137);

    assertThat(read())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.outcome()).isEqualTo(Optional.empty());
              assertThat(r.outcomeWord()).isEqualTo("interrupted");
              assertThat(r.secondsPlayed()).isEqualTo(40);
              assertThat(r.stepReached()).isEqualTo(3);
            });
    CliRun history = CliRun.of(Map.of("LIMBER_HOME", home.toString()), "history");
    assertThat(history.status()).isZero();
    assertThat(history.out()).containsPattern("Lower back basics +1 +interrupted at step 3 of 8\n");
    assertThat(CliRun.of(Map.of("LIMBER_HOME", home.toString()), "history", "--json").out())
        .contains("\"outcome\" : \"interrupted\"", "\"secondsPlayed\" : 40", "\"stepReached\" : 3");
  }
}
