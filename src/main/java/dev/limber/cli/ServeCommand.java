package dev.limber.cli;

import dev.limber.Exit;
import dev.limber.LimberException;
import dev.limber.playback.Playback;
import dev.limber.playback.Wiring;
import dev.limber.remote.QrCode;
import dev.limber.remote.RemoteServer;
import dev.limber.remote.RunHistory;
import dev.limber.remote.RunLogger;
import dev.limber.remote.TokenFile;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code limber serve}: the home-device remote, until Ctrl-C or SIGTERM. Stopping the server is
 * its normal end, so it exits 0; a run it was playing is stopped first and ends as stopped.
 */
@Command(name = "serve", description = {"Serve the home-device remote: an HTTP API and a page for a phone,",
    "loopback by default, a token always. Runs until Ctrl-C or SIGTERM, then exits 0."})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--bind", paramLabel = "ADDR", description = "Address or name to listen on (default: ${DEFAULT-VALUE}).")
  String bind = "127.0.0.1";

  @Option(names = "--port", paramLabel = "N", description = "Port to listen on, 1 to 65535 (default: ${DEFAULT-VALUE}).")
  int port = 7750;

  @Option(names = "--allow-silent", description = "With no sound card, play with captions alone instead of refusing (503).")
  boolean allowSilent;

  @Option(names = "--new-token", description = "Make a new token; pages opened with the old one stop working.")
  boolean newToken;

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
    try (Wiring wiring = Wiring.live(context.dirs()); Signals signals = Signals.install(stop::countDown)) {
      // TODO(lead): pass the completion log (issue 10) as the history and the run logger
      RemoteServer.Parts parts = new RemoteServer.Parts(new Playback(wiring), wiring.devices(), context::catalog,
          RunHistory.NONE, RunLogger.NONE);
      try (RemoteServer server = start(new RemoteServer.Config(address, bind, token, allowSilent), parts)) {
        if (server.reachableFromNetwork()) {
          context.err().println("limber: warning: the remote is reachable on the network by anyone who has the token");
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

  private InetAddress address() {
    try {
      return InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new LimberException(Exit.USAGE, "--bind " + bind + ": no such address or name");
    }
  }

  private static RemoteServer start(RemoteServer.Config config, RemoteServer.Parts parts) throws IOException {
    try {
      return RemoteServer.start(config, parts);
    } catch (BindException e) {
      throw new LimberException(Exit.UNAVAILABLE, config.bind() + ": cannot listen there: " + e.getMessage(), e);
    }
  }
}
