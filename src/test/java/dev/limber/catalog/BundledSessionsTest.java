package dev.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.limber.session.Session;
import dev.limber.session.SessionParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundledSessionsTest {
  static Stream<String> ids() {
    return Bundled.SESSION_IDS.stream();
  }

  @Test
  void theListOfBundledIdsMatchesTheSessionsFolder() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("sessions"))) {
      List<String> onDisk =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith(".json"))
              .map(n -> n.substring(0, n.length() - 5))
              .sorted()
              .toList();
      assertThat(onDisk).containsExactlyInAnyOrderElementsOf(Bundled.SESSION_IDS);
    }
  }

  @ParameterizedTest
  @MethodSource("ids")
  void eachBundledSessionPassesTheLoaderAndIsNamedByItsId(String id) throws Exception {
    Session session =
        new SessionParser(Bundled.SOUNDS).parse(Bundled.session(id).orElseThrow(), id);

    assertThat(session.id()).isEqualTo(id);
    assertThat(session.intro()).anyMatch(l -> l.toLowerCase().contains("sharp pain"));
    assertThat(String.join(" ", session.intro()).toLowerCase())
        .contains("knee", "numb", "bladder", "fever", "weight");
  }

  @ParameterizedTest
  @MethodSource("ids")
  void eachBundledSessionPassesTheJsonSchema(String id) throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("classpath:limber/session.schema.json"));
    String json = Files.readString(Path.of("sessions", id + ".json"));

    List<Error> errors = schema.validate(json, InputFormat.JSON);

    assertThat(errors).isEmpty();
  }

  @Test
  void theSchemaRefusesWhatTheLoaderRefuses() throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("classpath:limber/session.schema.json"));
    JsonNode bad =
        new ObjectMapper()
            .readTree(
                "{\"format\": 1, \"id\": \"x\", \"title\": \"X\", "
                    + "\"steps\": [{\"name\": \"A\", \"hold\": 5, \"hodl\": 3}]}");

    assertThat(schema.validate(bad)).isNotEmpty();
  }
}
