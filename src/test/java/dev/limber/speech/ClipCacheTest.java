package dev.limber.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.limber.audio.Pcm;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A poisoned cache never hangs, exhausts memory or is trusted: each entry is ignored and rebuilt.
 */
class ClipCacheTest {
  private static final String KEY = "1|v|135|100|Breathe in.";
  private static final Pcm CLIP = new Pcm(new short[] {1, 2, 3, 4});
  private static final Duration NEVER_HANGS = Duration.ofSeconds(20);

  @TempDir Path dir;
  Path folder;
  List<String> warnings = new ArrayList<>();

  @BeforeEach
  void privateFolder() throws IOException {
    folder = Files.createDirectories(dir.resolve("clips"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
  }

  private ClipCache cache() {
    return new ClipCache(
        folder, owner -> owner.getName().equals(System.getProperty("user.name")), warnings::add);
  }

  @Test
  void aFifoAtAClipsNameIsIgnoredAndReplacedInsteadOfHangingTheRun() throws Exception {
    Path clip = cache().file(KEY);
    assertThat(new ProcessBuilder("mkfifo", clip.toString()).start().waitFor()).isZero();

    assertTimeoutPreemptively(
        NEVER_HANGS,
        () -> {
          assertThat(cache().get(KEY)).isEmpty();
          cache().put(KEY, CLIP);
        });

    assertThat(Files.isRegularFile(clip, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(cache().get(KEY)).map(Pcm::samples).contains(CLIP.samples());
  }

  @Test
  void aLinkToAnEndlessDeviceIsIgnoredAndReplaced() throws Exception {
    Path clip = Files.createSymbolicLink(cache().file(KEY), Path.of("/dev/zero"));

    assertTimeoutPreemptively(NEVER_HANGS, () -> assertThat(cache().get(KEY)).isEmpty());
    cache().put(KEY, CLIP);

    assertThat(Files.isSymbolicLink(clip))
        .as("the link itself was replaced, /dev/zero was not written")
        .isFalse();
    assertThat(cache().get(KEY)).isPresent();
  }

  @Test
  void aLinkToAGoodClipIsNotTrustedEither() throws IOException {
    ClipCache elsewhere =
        new ClipCache(Files.createDirectories(dir.resolve("elsewhere")), o -> true, warnings::add);
    elsewhere.put(KEY, CLIP);
    Files.createSymbolicLink(cache().file(KEY), elsewhere.file(KEY));

    assertThat(cache().get(KEY)).isEmpty();
  }

  @Test
  void aFileLargerThanItsHeaderSaysIsNeverReadWhole() throws Exception {
    cache().put(KEY, CLIP);
    try (RandomAccessFile grown = new RandomAccessFile(cache().file(KEY).toFile(), "rw")) {
      grown.setLength(3L << 30); // 3 GiB, sparse: readAllBytes would throw OutOfMemoryError
    }

    assertTimeoutPreemptively(NEVER_HANGS, () -> assertThat(cache().get(KEY)).isEmpty());
  }

  @Test
  void aHeaderPromisingMoreThanTheFileHoldsIsIgnored() throws IOException {
    cache().put(KEY, CLIP);
    byte[] bytes = Files.readAllBytes(cache().file(KEY));
    bytes[8] = 5; // five frames promised, four there
    Files.write(cache().file(KEY), bytes);

    assertThat(cache().get(KEY)).isEmpty();
  }

  @Test
  void aClipOwnedBySomeoneElseIsIgnored() throws IOException {
    cache().put(KEY, CLIP);
    UserPrincipal nobody =
        folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    Files.setOwner(cache().file(KEY), nobody); // the tests run as root, who may give a file away

    assertThat(cache().get(KEY)).isEmpty();
  }

  @Test
  void aFolderOthersMayWriteToIsNotUsedAndSaysSoOnce() throws IOException {
    cache().put(KEY, CLIP);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
    ClipCache shared = cache();

    assertThat(shared.get(KEY)).isEmpty();
    shared.put("another", CLIP);
    assertThat(shared.get("another")).isEmpty();

    assertThat(warnings)
        .containsExactly(
            "limber: not using the clip cache "
                + folder
                + ": others may write to it (chmod go-w it); speech is synthesized afresh");
    assertThat(folder.toFile().list()).hasSize(1);
  }

  @Test
  void aFolderOfSomeoneElseIsNotUsed() {
    ClipCache foreign = new ClipCache(folder, owner -> false, warnings::add);
    foreign.put(KEY, CLIP);

    assertThat(foreign.get(KEY)).isEmpty();
    assertThat(folder.toFile().list()).isEmpty();
    assertThat(warnings).singleElement().asString().contains("belongs to", "not to you");
  }

  @Test
  void aWriteSweepsTemporaryFilesLeftByAKilledRunOnceTheyAreAnHourOld() throws IOException {
    Path old = Files.writeString(folder.resolve(".0123.pcm.9f8e7d6c5b4a3921.tmp"), "half");
    Path olderVersion = Files.writeString(folder.resolve(".4567.pcm.part-12-1"), "half");
    Path running =
        Files.writeString(folder.resolve(".89ab.pcm.1122334455667788.tmp"), "being written");
    FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
    Files.setLastModifiedTime(old, twoHoursAgo);
    Files.setLastModifiedTime(olderVersion, twoHoursAgo);

    cache().put(KEY, CLIP);

    assertThat(old).doesNotExist();
    assertThat(olderVersion).doesNotExist();
    assertThat(running).as("may belong to a Limber running now").exists();
  }

  @Test
  void aCleanCacheStillWorksAndWarnsAboutNothing() {
    cache().put(KEY, CLIP);

    assertThat(cache().get(KEY)).map(Pcm::frames).isEqualTo(Optional.of(4));
    assertThat(warnings).isEmpty();
  }
}
