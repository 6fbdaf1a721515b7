package dev.limber.listen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Limber loads the en-us acoustic model with its own model definition (mdef), cut down by {@code
 * scripts/reduce-mdef.py} to the triphones its grammar's words can use ({@link
 * GrammarModelLoader}). These checks fail when the dictionary changes and the file was not made
 * again, or when the file is not the model's own rows.
 */
class ModelDefinitionTest {
  private static final String MODEL_MDEF = "edu/cmu/sphinx/models/en-us/en-us/mdef";

  @Test
  void theLoaderReadsTheShippedDefinitionAndTheModelsOwnFiles() throws Exception {
    GrammarModelLoader loader = new GrammarModelLoader();
    try (InputStream in = loader.getDataStream("mdef")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(shipped());
    }
  }

  @Test
  void everyRowIsTheModelsOwnAndTheCountsAddUp() throws IOException {
    Map<String, String> full = rows(model());
    Map<String, String> shipped = rows(shipped());
    assertThat(full).containsAllEntriesOf(shipped);
    long bases = shipped.keySet().stream().filter(k -> k.contains(" - - -")).count();
    assertThat(bases).isEqualTo(42);
    String header = shipped();
    assertThat(header).contains((shipped.size() - bases) + " n_tri\n");
    assertThat(header).contains(shipped.size() * 4 + " n_state_map\n");
    assertThat(header).contains("5126 n_tied_state\n");
    // the saving is the point: about a thousand rows out of 137,095
    assertThat(shipped.size()).isLessThan(1100);
  }

  @Test
  void theTriphonesAreExactlyThoseTheGrammarsWordsCanUse() throws IOException {
    List<List<String>> words =
        resource("dev/limber/listen/sphinx/limber.dict")
            .lines()
            .filter(l -> !l.isBlank())
            .map(l -> List.of(l.trim().split("\\s+")))
            .map(parts -> parts.subList(1, parts.size()))
            .toList();
    Set<String> before = words.stream().map(w -> w.get(w.size() - 1)).collect(Collectors.toSet());
    Set<String> after = words.stream().map(w -> w.get(0)).collect(Collectors.toSet());
    before.add("SIL");
    after.add("SIL");
    // (base, left, right): Sphinx4 takes a triphone at any position the model has it before it
    // falls back to the plain phone, so every position of these is wanted
    Set<String> contexts = new HashSet<>();
    for (List<String> w : words) {
      int n = w.size();
      for (int i = 0; i < n; i++) {
        Set<String> lefts = i == 0 ? before : Set.of(w.get(i - 1));
        Set<String> rights = i == n - 1 ? after : Set.of(w.get(i + 1));
        for (String l : lefts) {
          for (String r : rights) {
            contexts.add(w.get(i) + " " + l + " " + r);
          }
        }
      }
    }
    Set<String> expected = new HashSet<>();
    for (String row : rows(model()).keySet()) {
      String[] parts = row.split(" ");
      if (!parts[1].equals("-") && contexts.contains(parts[0] + " " + parts[1] + " " + parts[2])) {
        expected.add(row);
      }
    }
    Set<String> shipped = new HashSet<>(rows(shipped()).keySet());
    shipped.removeIf(row -> row.contains(" - - -"));
    assertThat(expected).hasSizeGreaterThan(100);
    assertThat(shipped)
        .as("run scripts/reduce-mdef.py again after changing limber.dict")
        .isEqualTo(expected);
  }

  /** Rows of an mdef by their first four columns (base, left, right, position). */
  private static Map<String, String> rows(String mdef) {
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : mdef.split("\n")) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length >= 10 && !line.startsWith("#")) {
        rows.put(
            String.join(" ", List.of(parts).subList(0, 4)),
            String.join(" ", List.of(parts).subList(4, parts.length)));
      }
    }
    return rows;
  }

  private static String shipped() throws IOException {
    return resource("dev/limber/listen/" + GrammarModelLoader.DEFINITION);
  }

  /** The model's own definition, from the sphinx4-data jar. */
  private static String model() throws IOException {
    return resource(MODEL_MDEF);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ModelDefinitionTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
