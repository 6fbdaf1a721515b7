package dev.limber.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
  @Test
  void theBundledFileParses() {
    Lexicon bundled = Lexicon.bundledWith(null, w -> {});

    assertThat(bundled.respell("Lower back basics.")).isEqualTo("Lower back bay sicks.");
    assertThat(bundled.digest()).isNotEqualTo(Lexicon.none().digest());
  }

  @Test
  void phonesGoBetweenSlashesWithStressOnVowels() {
    Lexicon lexicon =
        Lexicon.of("test", "Quiet = /k w ay1 ax0 t/\nhamstring = /HH AE1 M S T R IH2 NG/");

    assertThat(lexicon.phones())
        .containsEntry("quiet", List.of("k", "w", "ay1", "ax", "t"))
        .containsEntry("hamstring", List.of("hh", "ae1", "m", "s", "t", "r", "ih1", "ng"));
    // a word with phones is said as written: the voice looks its phones up
    assertThat(lexicon.respell("Quiet rest.")).isEqualTo("Quiet rest.");
  }

  @Test
  void aLaterEntryWinsWhicheverKindItIs() {
    Lexicon lexicon =
        Lexicon.of("test", "knee = nee\nknee = /n iy1/\nplank = /p l ae1 ng k/\nplank = plaank");

    assertThat(lexicon.respell("knee plank")).isEqualTo("knee plaank");
    assertThat(lexicon.phones()).containsOnlyKeys("knee");
  }

  @Test
  void theDigestChangesWithThePhones() {
    assertThat(Lexicon.of("a", "knee = /n iy1/").digest())
        .isNotEqualTo(Lexicon.of("b", "knee = /n ih1/").digest())
        .isNotEqualTo(Lexicon.none().digest());
    assertThat(Lexicon.of("a", "# nothing\n\n").digest()).isEqualTo(Lexicon.none().digest());
  }

  @Test
  void aBadLineOfTheUsersFileIsOneWarningNamingTheFileAndLineAndTheRestIsUsed(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("lexicon.txt");
    Files.writeString(file, "# mine\nknee = nee\nplank /p l ae1 ng k/\n");
    List<String> warnings = new ArrayList<>();

    Lexicon lexicon = Lexicon.bundledWith(file, warnings::add);

    assertThat(warnings)
        .containsExactly(
            file + " line 3: expected word = respelling or word = /phones/; the line is left out");
    assertThat(lexicon.respell("Knee to chest.")).isEqualTo("Nee to chest.");
  }

  @Test
  void eachKindOfMistakeIsNamed() {
    assertThatThrownBy(() -> Lexicon.of("f", "knee = /n iy1"))
        .hasMessage("f line 1: phones go between slashes, such as /n iy1/");
    assertThatThrownBy(() -> Lexicon.of("f", "\nknee = /n xx1/"))
        .hasMessage(
            "f line 2: \"xx1\" is not a phone (CMU phones such as hh ae1 m, stress on vowels)");
    assertThatThrownBy(() -> Lexicon.of("f", "knee = /n1 iy/"))
        .hasMessageStartingWith("f line 1: \"n1\" is not a phone");
    assertThatThrownBy(() -> Lexicon.of("f", "knee = /n t/"))
        .hasMessage("f line 1: the phones /n t/ have no vowel");
    assertThatThrownBy(() -> Lexicon.of("f", "two words = tu"))
        .hasMessage("f line 1: \"two words\" is not a word (letters and apostrophes)");
    assertThatThrownBy(() -> Lexicon.of("f", "cafe = caf\u00e9"))
        .hasMessage("f line 1: the respelling of \"cafe\" must be plain English letters");
    assertThatThrownBy(() -> Lexicon.of("f", "knee ="))
        .hasMessage("f line 1: the respelling of \"knee\" must be plain English letters");
  }
}
