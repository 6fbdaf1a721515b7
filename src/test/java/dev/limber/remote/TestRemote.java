package dev.limber.remote;

import dev.limber.audio.AudioSink;
import dev.limber.audio.Pcm;
import dev.limber.audio.SilentSink;
import dev.limber.catalog.Catalog;
import dev.limber.catalog.DataDirs;
import dev.limber.playback.DeviceOpener;
import dev.limber.playback.OpenedDevice;
import dev.limber.playback.Playback;
import dev.limber.playback.Wiring;
import dev.limber.speech.Speech;
import dev.limber.speech.VoiceSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A remote server on a free loopback port, playing in memory: a fake voice, compiles on the calling
 * thread, and a sound card that is paced in real time, unpaced (a session plays in milliseconds) or
 * missing. Sessions come from a folder with {@code tiny.json} in it.
 */
final class TestRemote implements AutoCloseable {
  static final String TOKEN = "0123456789abcdef0123456789abcdef";

  /** What the fake sound card does. */
  enum Card {
    PACED,
    UNPACED,
    MISSING
  }

  final RemoteServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final String base;

  TestRemote(Path folder, Card card, boolean allowSilent, RunHistory history, RunLogger logger)
      throws IOException {
    Path sessions = Files.createDirectories(folder.resolve("sessions"));
    try (InputStream tiny = TestRemote.class.getResourceAsStream("/sessions/tiny.json")) {
      Files.write(sessions.resolve("tiny.json"), tiny.readAllBytes());
    }
    DataDirs dirs = DataDirs.from(Map.of("LIMBER_HOME", folder.toString()));
    Wiring wiring =
        new Wiring(
            new FakeVoice(),
            name -> tone(800),
            opener(card),
            SilentSink::new,
            Clock.fixed(Instant.parse("2026-12-01T07:00:00Z"), ZoneOffset.UTC),
            Runnable::run,
            dirs);
    Catalog catalog = new Catalog(sessions, folder.resolve("user-sessions"));
    server =
        RemoteServer.start(
            new RemoteServer.Config(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                "127.0.0.1",
                TOKEN,
                allowSilent),
            new RemoteServer.Parts(
                new Playback(wiring), wiring.devices(), () -> catalog, history, logger));
    base = "http://127.0.0.1:" + server.port();
  }

  TestRemote(Path folder, Card card) throws IOException {
    this(folder, card, false, RunHistory.NONE, RunLogger.NONE);
  }

  private static DeviceOpener opener(Card card) {
    return switch (card) {
      case PACED -> name -> OpenedDevice.opened(new SilentSink());
      case UNPACED -> name -> OpenedDevice.opened(new Discard());
      case MISSING ->
          name -> OpenedDevice.none(OpenedDevice.Missing.NO_DEVICE, "no audio device found");
    };
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + TOKEN)
            .GET());
  }

  HttpResponse<String> post(String path, String json) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(
        request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Sends bytes as they are, for what HttpClient will not send (another Host); returns everything
   * answered.
   */
  String raw(String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      try {
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      } catch (java.net.SocketException e) {
        return ""; // the server reset the connection
      }
    }
  }

  /** Waits up to 10 s for {@code condition}. */
  static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not so after 10 s");
      }
      Thread.sleep(20);
    }
  }

  @Override
  public void close() throws InterruptedException {
    server.close();
  }

  static Pcm tone(int frames) {
    short[] samples = new short[frames];
    Arrays.fill(samples, (short) 500);
    return new Pcm(samples);
  }

  /** A voice that speaks 40 ms a character, about as long as a real one. */
  static final class FakeVoice implements Speech {
    @Override
    public Pcm synthesize(String text, VoiceSettings settings) {
      return tone(text.length() * 640);
    }

    @Override
    public void close() {}
  }

  /** A sound card that takes everything at once and keeps nothing. */
  static final class Discard implements AudioSink {
    @Override
    public void write(short[] block, int frames) {}

    @Override
    public void close() {}
  }
}
