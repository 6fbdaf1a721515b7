package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code limber serve} in a forked JVM with the real voice and no sound card: it prints the page's
 * address and its QR code, keeps the token owner-only, plays with --allow-silent, and on SIGTERM
 * stops the run and exits 0.
 */
class ServeIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;

  @Test
  void servePrintsTheAddressPlaysAndStopsCleanlyOnSigterm() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--port",
                Integer.toString(port),
                "--allow-silent"));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LIMBER_HOME", home.toString());
    Path empty = Files.createFile(home.resolve("empty-alsa.conf"));
    builder
        .environment()
        .put("ALSA_CONFIG_PATH", empty.toString()); // no sound card, even where there is one
    builder.redirectError(home.resolve("err.txt").toFile());
    Process serve = builder.start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).startsWith("Remote page");
      String url = out.readLine();
      String token = Files.readString(home.resolve("remote-token")).strip();
      assertThat(url).isEqualTo("http://127.0.0.1:" + port + "/#token=" + token);
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(home.resolve("remote-token"))))
          .isEqualTo("rw-------");
      assertThat(out.readLine()).matches("[\u2580\u2584\u2588 ]{20,}");

      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + port;
      JsonNode state =
          JSON.readTree(
              http.send(
                      request(base + "/api/state", token).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      assertThat(state.get("sound").get("available").asBoolean()).isFalse();
      HttpResponse<String> play =
          http.send(
              request(base + "/api/play", token)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"session\":\"desk-break\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(play.statusCode()).as(play.body()).isEqualTo(202);
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (!JSON.readTree(
                  http.send(
                          request(base + "/api/state", token).build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body())
              .at("/state/status")
              .asText()
              .equals("PLAYING")
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }

      serve.destroy(); // SIGTERM
      assertThat(serve.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(serve.exitValue()).isZero();
      assertThat(Files.readString(home.resolve("err.txt"))).isEmpty();
    } finally {
      serve.destroyForcibly();
    }
  }

  private static HttpRequest.Builder request(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token);
  }
}
