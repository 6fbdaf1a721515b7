package dev.limber.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.catalog.DataDirs;
import dev.limber.history.Exports;
import dev.limber.history.HistoryReader;
import dev.limber.history.RunFilter;
import dev.limber.history.RunLog;
import dev.limber.history.RunOrigin;
import dev.limber.history.RunStart;
import dev.limber.playback.Playback;
import dev.limber.playback.Recording;
import dev.limber.playback.Wiring;
import dev.limber.remote.QrCode;
import dev.limber.remote.RemoteServer;
import dev.limber.remote.RunLogger;
import dev.limber.remote.TokenFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code limber serve}: the home-device remote, until Ctrl-C or SIGTERM. Stopping the server is its
 * normal end, so it exits 0; a run it was playing is stopped first and ends as stopped.
 */
@Command(
    name = "serve",
    description = {
      "Serve the home-device remote: an HTTP API and a page for a phone,",
      "loopback by default, a token always. Runs until Ctrl-C or SIGTERM, then exits 0."
    })
final class ServeCommand implements Callable<Integer> {
  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      description = "Address or name to listen on (default: ${DEFAULT-VALUE}).")
  String bind = "127.0.0.1";

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port to listen on, 1 to 65535 (default: ${DEFAULT-VALUE}).")
  int port = 7750;

  @Option(
      names = "--allow-silent",
      description = "With no sound card, play with captions alone instead of refusing (503).")
  boolean allowSilent;

  @Option(
      names = "--new-token",
      description = "Make a new token; pages opened with the old one stop working.")
  boolean newToken;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Context context;

  ServeCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    if (port < 1 || port > 65535) {
      throw new LimberException(Exit.USAGE, "--port must be from 1 to 65535, found " + port);
    }
    String token = TokenFile.loadOrCreate(context.dirs().remoteToken(), newToken);
    InetSocketAddress address = new InetSocketAddress(address(), port);
    CountDownLatch stop = new CountDownLatch(1);
    DataDirs dirs = context.dirs();
    try (Wiring wiring = Wiring.live(dirs, line -> context.err().println("limber: " + line));
        RunLog log =
            RunLog.open(
                dirs.history(), dirs.cache(), line -> context.err().println("limber: " + line));
        Signals signals = Signals.install(stop::countDown)) {
      RunLogger recorded =
          entry ->
              Optional.of(
                  new Recording(
                      log,
                      RunStart.newId(),
                      RunOrigin.REMOTE,
                      entry.source(),
                      OptionalInt.empty()));
      RemoteServer.Parts parts =
          new RemoteServer.Parts(
              new Playback(wiring),
              wiring.devices(),
              context::catalog,
              limit -> recent(dirs, limit),
              recorded);
      try (RemoteServer server =
          start(new RemoteServer.Config(address, bind, token, allowSilent), parts)) {
        if (server.reachableFromNetwork()) {
          context
              .err()
              .println(
                  "limber: warning: the remote is reachable on the network by anyone who has the token");
        }
        context.out().println("Remote page (keep this address to yourself, it holds the token):");
        context.out().println(server.url());
        context.out().print(QrCode.draw(server.url()));
        context.out().flush();
        stop.await();
      }
    }
    return Exit.OK;
  }

  /**
   * The newest runs of the completion log, as {@code limber history --json} writes them; read only.
   */
  private static List<?> recent(DataDirs dirs, int limit) {
    List<dev.limber.history.Run> runs =
        HistoryReader.read(dirs.history(), dirs.cache(), RunFilter.ALL).orElse(List.of());
    List<dev.limber.history.Run> newest =
        runs.stream()
            .sorted(
                Comparator.comparing((dev.limber.history.Run r) -> r.startedAt().toInstant())
                    .reversed())
            .limit(limit)
            .toList();
    try {
      return JSON.readValue(Exports.json(newest), List.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the export is ours: a bug, reported as a 500
    }
  }

  private InetAddress address() {
    try {
      return InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new LimberException(Exit.USAGE, "--bind " + bind + ": no such address or name");
    }
  }

  private static RemoteServer start(RemoteServer.Config config, RemoteServer.Parts parts)
      throws IOException {
    try {
      return RemoteServer.start(config, parts);
    } catch (BindException e) {
      throw new LimberException(
          Exit.UNAVAILABLE, config.bind() + ": cannot listen there: " + e.getMessage(), e);
    }
  }
}
