package dev.limber.remote;

import com.sun.net.httpserver.HttpServer;
import dev.limber.catalog.Catalog;
import dev.limber.playback.DeviceOpener;
import dev.limber.playback.Playback;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * {@code limber serve}: the JDK's HTTP server with the remote's routes, on a small bounded pool of
 * threads, with bounded request lines, headers, bodies and times.
 */
public final class RemoteServer implements AutoCloseable {
  /**
   * Threads that answer requests: the event streams and four more, so a stream never blocks the
   * API.
   */
  static final int THREADS = EventStream.MAX_STREAMS + 4;

  static {
    // read once, by the JDK server's configuration class, before the first server starts
    limit("sun.net.httpserver.maxReqHeaderSize", "16384"); // request line and headers, in bytes
    limit("sun.net.httpserver.maxReqHeaders", "64");
    limit("sun.net.httpserver.maxReqTime", "10"); // seconds to send a whole request
    limit(
        "sun.net.httpserver.maxRspTime",
        "900"); // seconds for a response: ends a stream stuck on a silent client
    limit("sun.net.httpserver.idleInterval", "30"); // seconds a kept-alive connection may idle
    limit("sun.net.httpserver.maxIdleConnections", "16");
  }

  /**
   * How to serve.
   *
   * @param bind the address to listen on; port 0 picks a free port
   * @param name the address as the user gave it, also accepted in the {@code Host} header
   * @param token the token every API request must carry
   * @param allowSilent play with captions alone when there is no sound card, instead of answering
   *     503
   */
  public record Config(InetSocketAddress bind, String name, String token, boolean allowSilent) {}

  /**
   * What the server plays with and reads.
   *
   * @param logger told of each run the server starts, for the completion log
   */
  public record Parts(
      Playback playback,
      DeviceOpener devices,
      Supplier<Catalog> catalog,
      RunHistory history,
      RunLogger logger) {}

  private final HttpServer server;
  private final ThreadPoolExecutor pool;
  private final RemoteControl control;
  private final AtomicBoolean open = new AtomicBoolean(true);
  private final Config config;
  private final Api api;

  private RemoteServer(Config config, Parts parts) throws IOException {
    this.config = config;
    control =
        new RemoteControl(
            parts.playback(),
            parts.catalog(),
            config.allowSilent(),
            parts.logger(),
            RemoteControl.probe(parts.devices()));
    server = HttpServer.create(config.bind(), 16);
    int port = server.getAddress().getPort();
    api = new Api(control, parts.catalog(), parts.playback(), parts.history());
    Routes routes =
        routes(
            api,
            new EventStream(control, open),
            HostCheck.of(config.bind().getAddress(), config.name(), port));
    server.createContext("/", routes);
    AtomicInteger count = new AtomicInteger();
    pool =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(32),
            task -> {
              Thread thread = new Thread(task, "limber-remote-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            }); // a full queue is refused, and the JDK server then closes that connection
    pool.allowCoreThreadTimeOut(true);
    server.setExecutor(pool);
  }

  private Routes routes(Api api, EventStream events, HostCheck hosts) {
    return new Routes(hosts, config.token(), new FailedLogins(System::nanoTime))
        .get("/", Page.file("index.html", "text/html; charset=utf-8"))
        .get("/app.js", Page.file("app.js", "text/javascript; charset=utf-8"))
        .get("/app.css", Page.file("app.css", "text/css; charset=utf-8"))
        .get("/api/sessions", api::sessions)
        .get("/api/state", api::state)
        .get("/api/events", events::events)
        .post("/api/play", api::play)
        .post("/api/command", api::command)
        .post("/api/stop", api::stop)
        .get("/api/history", api::history);
  }

  /** Starts serving; probes the sound card first, so {@code /api/state} can tell there is none. */
  public static RemoteServer start(Config config, Parts parts) throws IOException {
    RemoteServer remote = new RemoteServer(config, parts);
    remote.server.start();
    remote.api.warmUp();
    return remote;
  }

  /** The port listened on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Whether others on the network can reach the server (it is bound to other than loopback). */
  public boolean reachableFromNetwork() {
    return !config.bind().getAddress().isLoopbackAddress();
  }

  /** The page's address with the token in its fragment, which browsers never send to a server. */
  public String url() {
    return "http://" + urlHost() + ":" + port() + "/#token=" + config.token();
  }

  private String urlHost() {
    InetAddress address = config.bind().getAddress();
    if (!address.isAnyLocalAddress()) {
      return HostCheck.literal(address);
    }
    // bound to every address: the phone needs one it can reach, the first address on the home
    // network
    try {
      for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress a : Collections.list(nif.getInetAddresses())) {
          if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
            return a.getHostAddress();
          }
        }
      }
    } catch (IOException e) {
      // fall through to loopback
    }
    return "127.0.0.1";
  }

  /**
   * Stops: ends the event streams, stops the run playing as if by a signal and waits for its
   * outcome (so it is logged as stopped), then closes the server and its threads.
   */
  @Override
  public void close() throws InterruptedException {
    open.set(false);
    control.stopBySignal();
    server.stop(1);
    pool.shutdownNow();
    pool.awaitTermination(2, TimeUnit.SECONDS);
  }

  private static void limit(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }
}
