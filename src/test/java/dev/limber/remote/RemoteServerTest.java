package dev.limber.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.history.HistoryReader;
import dev.limber.history.RunFilter;
import dev.limber.history.RunLog;
import dev.limber.history.RunOrigin;
import dev.limber.history.RunOutcome;
import dev.limber.history.RunStart;
import dev.limber.playback.Recording;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every route over loopback with the JDK's HttpClient, and every guard in front of them. */
class RemoteServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;
  private TestRemote remote;

  @AfterEach
  void stop() throws Exception {
    if (remote != null) {
      remote.close();
    }
  }

  private TestRemote remote(TestRemote.Card card) throws Exception {
    remote = new TestRemote(folder, card);
    return remote;
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  private static String error(HttpResponse<String> response) throws Exception {
    return json(response).get("error").asText();
  }

  private JsonNode state() throws Exception {
    return json(remote.get("/api/state"));
  }

  @Test
  void theSessionsAreListedWithTheirLengths() throws Exception {
    HttpResponse<String> response = remote(TestRemote.Card.UNPACED).get("/api/sessions");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .contains("application/json; charset=utf-8");
    JsonNode tiny = json(response).get("sessions").get(0);
    assertThat(tiny.get("id").asText()).isEqualTo("tiny");
    assertThat(tiny.get("title").asText()).isEqualTo("Tiny");
    assertThat(tiny.get("seconds").asLong()).isBetween(7L, 60L);
    assertThat(json(response).get("sessions").findValuesAsText("id"))
        .contains("lower-back-basics", "desk-break");
  }

  @Test
  void withoutTheTokenEveryApiRouteIs401AndNothingHappens() throws Exception {
    remote(TestRemote.Card.PACED);
    for (String path : List.of("/api/sessions", "/api/state", "/api/events", "/api/history")) {
      HttpResponse<String> none =
          remote.send(HttpRequest.newBuilder(URI.create(remote.base + path)).GET());
      assertThat(none.statusCode()).as(path).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }
    remote.close(); // a server that has not counted those four failures against this address
    remote = new TestRemote(folder.resolve("again"), TestRemote.Card.PACED);
    HttpResponse<String> play =
        remote.send(
            HttpRequest.newBuilder(URI.create(remote.base + "/api/play"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"session\":\"tiny\"}")));
    HttpResponse<String> wrong =
        remote.send(
            HttpRequest.newBuilder(URI.create(remote.base + "/api/play"))
                .header("Authorization", "Bearer " + TestRemote.TOKEN.replace('0', '1'))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"session\":\"tiny\"}")));

    assertThat(play.statusCode()).isEqualTo(401);
    assertThat(error(play)).isEqualTo("a token is needed: Authorization: Bearer TOKEN");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(error(wrong)).isEqualTo("wrong token");
    assertThat(state().get("playing").asBoolean()).isFalse();
  }

  @Test
  void repeatedWrongTokensFromOneAddressAreSlowedDownEvenBeforeTheRightOne() throws Exception {
    remote(TestRemote.Card.PACED);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < FailedLogins.FREE_FAILURES + 1; i++) {
      statuses.add(
          remote
              .send(
                  HttpRequest.newBuilder(URI.create(remote.base + "/api/state"))
                      .header("Authorization", "Bearer guess" + i))
              .statusCode());
    }
    HttpResponse<String> right = remote.get("/api/state");

    assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429);
    assertThat(right.statusCode()).isEqualTo(429);
    assertThat(right.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void aHostThatIsNotTheServersOwnIsRefused() throws Exception {
    remote(TestRemote.Card.PACED);
    String auth = "Authorization: Bearer " + TestRemote.TOKEN + "\r\n";
    String rebound =
        remote.raw(
            "GET /api/state HTTP/1.1\r\nHost: evil.example:"
                + remote.server.port()
                + "\r\n"
                + auth
                + "Connection: close\r\n\r\n");
    String otherPort =
        remote.raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:1\r\nConnection: close\r\n\r\n");
    String localhost =
        remote.raw(
            "GET /api/state HTTP/1.1\r\nHost: localhost:"
                + remote.server.port()
                + "\r\n"
                + auth
                + "Connection: close\r\n\r\n");

    assertThat(rebound)
        .startsWith("HTTP/1.1 421 ")
        .contains("this server does not answer to that host name");
    assertThat(otherPort).startsWith("HTTP/1.1 421 ");
    assertThat(localhost).startsWith("HTTP/1.1 200 ");
  }

  @Test
  void aPostFromAnotherSiteIsRefusedEvenWithTheToken() throws Exception {
    remote(TestRemote.Card.PACED);
    HttpRequest.Builder foreign =
        HttpRequest.newBuilder(URI.create(remote.base + "/api/play"))
            .header("Authorization", "Bearer " + TestRemote.TOKEN)
            .header("Origin", "http://evil.example")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"session\":\"tiny\"}"));
    HttpResponse<String> refused = remote.send(foreign);
    HttpResponse<String> own =
        remote.send(
            HttpRequest.newBuilder(URI.create(remote.base + "/api/stop"))
                .header("Authorization", "Bearer " + TestRemote.TOKEN)
                .header("Origin", remote.base)
                .POST(HttpRequest.BodyPublishers.noBody()));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(error(refused)).isEqualTo("requests from other sites are refused");
    assertThat(state().get("playing").asBoolean()).isFalse();
    assertThat(own.statusCode())
        .isEqualTo(409); // let through to the route, which has nothing to stop
  }

  @Test
  void noCorsHeaderIsEverSentAndThePageHasAContentSecurityPolicy() throws Exception {
    remote(TestRemote.Card.PACED);
    HttpResponse<String> page =
        remote.send(
            HttpRequest.newBuilder(URI.create(remote.base + "/"))
                .header("Origin", "http://evil.example"));
    HttpResponse<String> preflight =
        remote.send(
            HttpRequest.newBuilder(URI.create(remote.base + "/api/play"))
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<button", "aria-live=\"polite\"")
        .doesNotContain("http://", "https://");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("default-src 'none'", "script-src 'self'");
    assertThat(preflight.statusCode()).isIn(401, 405);
    for (HttpResponse<String> r : List.of(page, preflight, remote.get("/api/state"))) {
      assertThat(r.headers().map().keySet())
          .noneMatch(h -> h.toLowerCase().startsWith("access-control"));
    }
  }

  @Test
  void oversizedMalformedAndDeepBodiesAreRefusedWithAOneLineReason() throws Exception {
    remote(TestRemote.Card.PACED);
    HttpResponse<String> big =
        remote.post("/api/play", "{\"session\":\"" + "a".repeat(70_000) + "\"}");
    HttpResponse<String> malformed = remote.post("/api/play", "{\"session\": tiny}");
    HttpResponse<String> trailing = remote.post("/api/play", "{\"session\":\"tiny\"} {}");
    HttpResponse<String> duplicate =
        remote.post("/api/play", "{\"session\":\"tiny\",\"session\":\"x\"}");
    HttpResponse<String> deep =
        remote.post("/api/play", "{\"settings\":" + "[".repeat(50) + "]".repeat(50) + "}");
    HttpResponse<String> unknown = remote.post("/api/play", "{\"sesion\":\"tiny\"}");
    HttpResponse<String> path = remote.post("/api/play", "{\"session\":\"../../etc/passwd\"}");
    HttpResponse<String> notJson =
        remote.send(
            HttpRequest.newBuilder(URI.create(remote.base + "/api/play"))
                .header("Authorization", "Bearer " + TestRemote.TOKEN)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"session\":\"tiny\"}")));

    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(error(malformed))
        .startsWith("malformed JSON: Unrecognized token 'tiny'")
        .doesNotContain("\n");
    assertThat(trailing.statusCode()).isEqualTo(400);
    assertThat(duplicate.statusCode()).isEqualTo(400);
    assertThat(error(duplicate)).contains("Duplicate field 'session'");
    assertThat(deep.statusCode()).isEqualTo(400);
    assertThat(error(deep)).contains("nesting depth");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(error(unknown))
        .isEqualTo("play: unknown field \"sesion\", expected one of [session, settings]");
    assertThat(path.statusCode()).isEqualTo(400);
    assertThat(notJson.statusCode()).isEqualTo(415);
    assertThat(state().get("playing").asBoolean()).isFalse();
  }

  @Test
  void anOversizedRequestLineOrHeaderGetsNoAnswerAndTheServerGoesOn() throws Exception {
    remote(TestRemote.Card.PACED);
    String longLine =
        remote.raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    String longHeader =
        remote.raw(
            "GET / HTTP/1.1\r\nHost: 127.0.0.1:"
                + remote.server.port()
                + "\r\nX-Big: "
                + "b".repeat(20_000)
                + "\r\n\r\n");

    assertThat(longLine).doesNotContain("200");
    assertThat(longHeader).doesNotContain("200");
    assertThat(remote.get("/api/state").statusCode()).isEqualTo(200);
  }

  @Test
  void aClientThatNeverFinishesItsRequestIsCutOffAfterTenSeconds() throws Exception {
    remote(TestRemote.Card.PACED);
    long started = System.nanoTime();
    int read;
    try (java.net.Socket slow =
        new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), remote.server.port())) {
      slow.setSoTimeout(30_000);
      slow.getOutputStream()
          .write(
              ("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + remote.server.port() + "\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      try {
        read = slow.getInputStream().read();
      } catch (java.net.SocketException reset) {
        read = -1;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    assertThat(read).isEqualTo(-1);
    assertThat(seconds).isBetween(9.0, 25.0); // sun.net.httpserver.maxReqTime is 10 s
    assertThat(remote.get("/api/state").statusCode()).isEqualTo(200);
  }

  @Test
  void unknownRoutesAre404AndWrongMethods405() throws Exception {
    remote(TestRemote.Card.PACED);
    HttpResponse<String> unknown = remote.get("/api/nothing");
    HttpResponse<String> file = remote.get("/../../etc/passwd");
    HttpResponse<String> wrongMethod = remote.get("/api/play");
    HttpResponse<String> postState = remote.post("/api/state", "{}");

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(file.statusCode()).isEqualTo(404);
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(error(wrongMethod)).isEqualTo("use POST here");
    assertThat(postState.statusCode()).isEqualTo(405);
  }

  /**
   * A completion log in the test's folder, recording every run the remote starts with the remote as
   * origin.
   */
  private RunLogger recordedIn(RunLog log) {
    return entry ->
        Optional.of(
            new Recording(
                log, RunStart.newId(), RunOrigin.REMOTE, entry.source(), OptionalInt.empty()));
  }

  private List<dev.limber.history.Run> logged() {
    return HistoryReader.read(folder.resolve("history.db"), folder.resolve("cache"), RunFilter.ALL)
        .orElse(List.of());
  }

  @Test
  void aSessionPlaysPausesAndStopsAndASecondPlayWhilePlayingIs409() throws Exception {
    RunLog log = RunLog.open(folder.resolve("history.db"), folder.resolve("cache"), line -> {});
    remote = new TestRemote(folder, TestRemote.Card.PACED, false, RunHistory.NONE, recordedIn(log));
    HttpResponse<String> play =
        remote.post(
            "/api/play", "{\"session\":\"tiny\",\"settings\":{\"rate\":150,\"count\":\"up\"}}");
    HttpResponse<String> second = remote.post("/api/play", "{\"session\":\"tiny\"}");

    assertThat(play.statusCode()).isEqualTo(202);
    assertThat(json(play).get("state").get("sessionId").asText()).isEqualTo("tiny");
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(error(second)).isEqualTo("\"Tiny\" is playing; stop it first");

    TestRemote.await(() -> status().equals("PLAYING"));
    assertThat(remote.post("/api/command", "{\"command\":\"pause\"}").statusCode()).isEqualTo(202);
    TestRemote.await(() -> status().equals("PAUSED"));
    assertThat(remote.post("/api/command", "{\"command\":\"jump\"}").statusCode()).isEqualTo(400);
    assertThat(remote.post("/api/command", "{\"command\":\"volume\",\"gain\":9}").statusCode())
        .isEqualTo(400);
    assertThat(remote.post("/api/command", "{\"command\":\"volume\",\"gain\":0.5}").statusCode())
        .isEqualTo(202);
    assertThat(remote.post("/api/command", "{\"command\":\"faster\"}").statusCode()).isEqualTo(202);
    assertThat(remote.post("/api/stop", "").statusCode()).isEqualTo(202);

    TestRemote.await(() -> !playing());
    assertThat(log.flush(java.time.Duration.ofSeconds(10))).isTrue();
    assertThat(logged())
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.outcome()).contains(RunOutcome.QUIT);
              assertThat(run.origin()).isEqualTo(RunOrigin.REMOTE);
            });
    JsonNode idle = state();
    assertThat(idle.get("state").isNull()).isTrue();
    assertThat(idle.get("lastRun").get("ending").asText()).isEqualTo("QUIT");
    assertThat(idle.get("lastRun").get("sessionId").asText()).isEqualTo("tiny");
    assertThat(remote.post("/api/command", "{\"command\":\"pause\"}").statusCode()).isEqualTo(409);
    assertThat(remote.post("/api/play", "{\"session\":\"tiny\"}").statusCode()).isEqualTo(202);
    remote.close();
    remote = null;
    log.close();
  }

  @Test
  void playSettingsAreCheckedAndAnUnknownSessionIs404() throws Exception {
    remote(TestRemote.Card.PACED);
    HttpResponse<String> rate =
        remote.post("/api/play", "{\"session\":\"tiny\",\"settings\":{\"rate\":5}}");
    HttpResponse<String> count =
        remote.post("/api/play", "{\"session\":\"tiny\",\"settings\":{\"count\":\"lots\"}}");
    HttpResponse<String> missing = remote.post("/api/play", "{\"session\":\"no-such-session\"}");

    assertThat(rate.statusCode()).isEqualTo(400);
    assertThat(error(rate)).startsWith("settings: speech rate must be from 80 to 250");
    assertThat(count.statusCode()).isEqualTo(400);
    assertThat(missing.statusCode()).isEqualTo(404);
  }

  @Test
  void withNoSoundCardTheStateSaysSoAndPlayIs503() throws Exception {
    remote(TestRemote.Card.MISSING);
    JsonNode before = state();
    HttpResponse<String> play = remote.post("/api/play", "{\"session\":\"tiny\"}");

    assertThat(before.get("sound").get("available").asBoolean()).isFalse();
    assertThat(before.get("sound").get("reason").asText()).isEqualTo("no audio device found");
    assertThat(play.statusCode()).isEqualTo(503);
    assertThat(error(play)).startsWith("no audio device found").contains("--allow-silent");
    assertThat(state().get("playing").asBoolean()).isFalse();
  }

  @Test
  void allowSilentPlaysWithCaptionsAlone() throws Exception {
    remote = new TestRemote(folder, TestRemote.Card.MISSING, true, RunHistory.NONE, RunLogger.NONE);
    HttpResponse<String> play = remote.post("/api/play", "{\"session\":\"tiny\"}");

    assertThat(play.statusCode()).isEqualTo(202);
    assertThat(json(play).get("state").get("captionsOnly").asBoolean()).isTrue();
    assertThat(state().get("allowSilent").asBoolean()).isTrue();
    TestRemote.await(() -> status().equals("PLAYING"));
    remote.post("/api/stop", "");
  }

  @Test
  void theEventStreamSendsStatesAndCaptions() throws Exception {
    remote(TestRemote.Card.PACED);
    remote.post("/api/play", "{\"session\":\"tiny\"}");
    HttpResponse<InputStream> stream =
        remote.http.send(
            HttpRequest.newBuilder(URI.create(remote.base + "/api/events"))
                .header("Authorization", "Bearer " + TestRemote.TOKEN)
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    List<String> events = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    long started = System.nanoTime();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      String event = "";
      for (String line; (line = lines.readLine()) != null && captions.size() < 3; ) {
        if (line.startsWith("event: ")) {
          event = line.substring(7);
          events.add(event);
        } else if (line.startsWith("data: ") && event.equals("caption")) {
          String caption = JSON.readTree(line.substring(6)).get("caption").asText();
          if (!caption.isEmpty()) {
            captions.add(caption);
          }
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(stream.headers().firstValue("Content-Type"))
        .contains("text/event-stream; charset=utf-8");
    assertThat(events).contains("state", "caption");
    assertThat(captions).hasSize(3).startsWith("Tiny.", "Reach.");
    assertThat(events.stream().filter("state"::equals).count())
        .isLessThanOrEqualTo((long) (seconds * 4) + 2);
  }

  @Test
  void historyIsReadOnlyAndItsLimitIsChecked() throws Exception {
    remote =
        new TestRemote(
            folder,
            TestRemote.Card.PACED,
            false,
            limit ->
                List.of(Map.of("sessionId", "tiny", "ending", "COMPLETED"), Map.of("limit", limit)),
            RunLogger.NONE);
    HttpResponse<String> history = remote.get("/api/history?limit=5");

    assertThat(history.statusCode()).isEqualTo(200);
    assertThat(json(history).get("runs").get(1).get("limit").asInt()).isEqualTo(5);
    assertThat(remote.get("/api/history?limit=0").statusCode()).isEqualTo(400);
    assertThat(remote.get("/api/history?limit=lots").statusCode()).isEqualTo(400);
    assertThat(remote.get("/api/history").statusCode()).isEqualTo(200);
    assertThat(remote.post("/api/history", "{}").statusCode()).isEqualTo(405);
  }

  @Test
  void stoppingTheServerStopsTheRunAsBySignalAndTheLogSaysSo() throws Exception {
    try (RunLog log =
        RunLog.open(folder.resolve("history.db"), folder.resolve("cache"), line -> {})) {
      remote =
          new TestRemote(folder, TestRemote.Card.PACED, false, RunHistory.NONE, recordedIn(log));
      remote.post("/api/play", "{\"session\":\"tiny\"}");
      remote.close();
      remote = null;
    }

    assertThat(logged())
        .singleElement()
        .extracting(run -> run.outcome().orElseThrow())
        .isEqualTo(RunOutcome.STOPPED);
  }

  private String status() {
    try {
      JsonNode state = state().get("state");
      return state.isNull() ? "IDLE" : state.get("status").asText();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private boolean playing() {
    try {
      return state().get("playing").asBoolean();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
