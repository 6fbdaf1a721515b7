package dev.limber.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Players that create the database at the same moment all get it, and none takes it for someone
 * else's.
 */
class FirstOpenRaceTest {
  @TempDir Path home;

  @Test
  void fourPlayersCreatingTheFileAtOnceAllOpenIt() throws Exception {
    HistoryDb.useNativeFolder(home.resolve("cache"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 25; round++) {
        Path db = home.resolve("history-" + round + ".db");
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Connection>> opened = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          opened.add(
              pool.submit(
                  () -> {
                    go.await();
                    return HistoryDb.openForWriting(db, Duration.ofSeconds(5));
                  }));
        }
        go.countDown();
        for (Future<Connection> f : opened) {
          try (Connection c = f.get()) {
            assertThat(c.isClosed()).isFalse();
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    try (Stream<Path> left = Files.list(home)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("the files each player made before linking it into place are gone")
          .noneMatch(name -> name.startsWith(".history-"));
    }
  }

  @Test
  void aDatabaseLeftHalfMadeByAKilledPlayerIsSweptOnceItIsAnHourOld() throws Exception {
    HistoryDb.useNativeFolder(home.resolve("cache"));
    Path old = Files.writeString(home.resolve(".history-123.db.new"), "half");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path fresh = Files.writeString(home.resolve(".history-456.db.new"), "being made");
    try (Connection c =
        HistoryDb.openForWriting(home.resolve("history.db"), Duration.ofSeconds(5))) {
      assertThat(old).doesNotExist();
      assertThat(fresh).exists();
    }
  }
}
