package dev.limber.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token is made once, kept owner-only, rotated on request, and never written through a link.
 */
class TokenFileTest {
  @TempDir Path folder;

  @Test
  void theFirstStartMakesA128BitTokenInAnOwnerOnlyFileAndLaterStartsReadIt() throws Exception {
    Path file = folder.resolve("config/limber/remote-token");
    String token = TokenFile.loadOrCreate(file, false);

    assertThat(token).matches("[0-9a-f]{32}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
    assertThat(Files.readString(file)).isEqualTo(token + "\n");
    assertThat(TokenFile.loadOrCreate(file, false)).isEqualTo(token);
    assertThat(Files.list(file.getParent())).containsExactly(file); // no temporary file left behind
  }

  @Test
  void newTokenRotatesIt() throws Exception {
    Path file = folder.resolve("remote-token");
    String old = TokenFile.loadOrCreate(file, false);
    String rotated = TokenFile.loadOrCreate(file, true);

    assertThat(rotated).isNotEqualTo(old).matches("[0-9a-f]{32}");
    assertThat(TokenFile.loadOrCreate(file, false)).isEqualTo(rotated);
  }

  @Test
  void aLinkAtTheTokensNameIsReplacedNotFollowed() throws Exception {
    Path target = Files.writeString(folder.resolve("precious.txt"), "the user's own file\n");
    Path file = Files.createSymbolicLink(folder.resolve("remote-token"), target);
    String token = TokenFile.loadOrCreate(file, false);

    assertThat(Files.readString(target)).isEqualTo("the user's own file\n");
    assertThat(Files.isSymbolicLink(file)).isFalse();
    assertThat(Files.readString(file, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo(token + "\n");
  }

  @Test
  void aTokenFileOthersCanReadIsReplacedByANewToken() throws Exception {
    Path file =
        Files.writeString(folder.resolve("remote-token"), "0123456789abcdef0123456789abcdef\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    String token = TokenFile.loadOrCreate(file, false);

    assertThat(token).isNotEqualTo("0123456789abcdef0123456789abcdef");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)))
        .isEqualTo("rw-------");
  }

  @Test
  void tokensAreComparedWhole() {
    assertThat(
            TokenFile.matches(
                "0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef"))
        .isTrue();
    assertThat(TokenFile.matches("0123456789abcdef0123456789abcdef", "0123456789abcdef")).isFalse();
    assertThat(TokenFile.matches("0123456789abcdef0123456789abcdef", "")).isFalse();
  }
}
