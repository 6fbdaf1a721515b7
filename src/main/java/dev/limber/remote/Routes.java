package dev.limber.remote;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The route table: every request passes the same guards here (its host, its origin, its token, the
 * size of its body), then goes to the small handler of its path and method. Every failure, a
 * handler's exception included, becomes a JSON error with a one-line reason; every exchange is
 * closed and its headers sent exactly once.
 */
final class Routes implements HttpHandler {
  /** The largest request body accepted: 64 KiB. */
  static final int MAX_BODY = 64 * 1024;

  private static final Logger LOG = Logger.getLogger(Routes.class.getName());
  private static final String POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
          + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /** A request that has passed the guards. */
  record Request(HttpExchange exchange, Map<String, String> query, byte[] body) {}

  /** Answers one route. */
  @FunctionalInterface
  interface Handler extends Function<Request, Reply> {}

  private final Map<String, Map<String, Handler>> table = new LinkedHashMap<>();
  private final HostCheck hosts;
  private final String token;
  private final FailedLogins failures;

  Routes(HostCheck hosts, String token, FailedLogins failures) {
    this.hosts = hosts;
    this.token = token;
    this.failures = failures;
  }

  Routes get(String path, Handler handler) {
    table.computeIfAbsent(path, p -> new LinkedHashMap<>()).put("GET", handler);
    return this;
  }

  Routes post(String path, Handler handler) {
    table.computeIfAbsent(path, p -> new LinkedHashMap<>()).put("POST", handler);
    return this;
  }

  @Override
  public void handle(HttpExchange exchange) {
    try {
      Reply reply;
      try {
        reply = route(exchange);
      } catch (HttpFailure refused) {
        reply = Reply.error(refused.status(), refused.getMessage(), extraHeaders(refused.status()));
      } catch (RuntimeException | IOException e) {
        LOG.log(
            Level.WARNING,
            "remote: "
                + exchange.getRequestMethod()
                + " "
                + exchange.getRequestURI().getPath()
                + " failed",
            e);
        reply = Reply.error(500, "internal error", Map.of());
      }
      send(exchange, reply);
    } catch (IOException e) {
      // the client went away; there is no one to tell
    } finally {
      exchange.close();
    }
  }

  private Reply route(HttpExchange exchange) throws IOException {
    Headers headers = exchange.getRequestHeaders();
    String host = headers.getFirst("Host");
    if (!hosts.hostAllowed(host)) {
      throw new HttpFailure(421, "this server does not answer to that host name");
    }
    URI uri = exchange.getRequestURI();
    String path = uri.getRawPath();
    String method = exchange.getRequestMethod();
    if ("POST".equals(method)
        && (!HostCheck.originAllowed(headers.getFirst("Origin"), host)
            || "cross-site".equalsIgnoreCase(headers.getFirst("Sec-Fetch-Site")))) {
      throw new HttpFailure(403, "requests from other sites are refused");
    }
    if (path.startsWith("/api/")) {
      authorize(exchange.getRemoteAddress().getAddress(), headers.getFirst("Authorization"));
    }
    Map<String, Handler> methods = table.get(path);
    if (methods == null) {
      throw new HttpFailure(404, "no such page or API route");
    }
    Handler handler = methods.get(method);
    if (handler == null) {
      throw new HttpFailure(
          405, "use " + String.join(" or ", new TreeSet<>(methods.keySet())) + " here");
    }
    byte[] body = "POST".equals(method) ? body(exchange) : new byte[0];
    return handler.apply(new Request(exchange, Query.parse(uri.getRawQuery()), body));
  }

  private void authorize(InetAddress from, String authorization) {
    long wait = failures.lockedSeconds(from);
    if (wait > 0) {
      throw new HttpFailure(
          429, "too many wrong tokens from this address; try again in " + wait + " s");
    }
    String given =
        authorization != null && authorization.startsWith("Bearer ")
            ? authorization.substring(7).strip()
            : "";
    if (!TokenFile.matches(token, given)) {
      failures.failed(from);
      throw new HttpFailure(
          401,
          authorization == null ? "a token is needed: Authorization: Bearer TOKEN" : "wrong token");
    }
    failures.succeeded(from);
  }

  private static byte[] body(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null && length.strip().length() > 9) {
      throw new HttpFailure(413, "the body is over " + MAX_BODY / 1024 + " KiB");
    }
    if (length != null
        && length.strip().matches("\\d+")
        && Long.parseLong(length.strip()) > MAX_BODY) {
      throw new HttpFailure(413, "the body is over " + MAX_BODY / 1024 + " KiB");
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    if (body.length > MAX_BODY) {
      throw new HttpFailure(413, "the body is over " + MAX_BODY / 1024 + " KiB");
    }
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (body.length > 0
        && (type == null
            || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json"))) {
      throw new HttpFailure(415, "send the body as application/json");
    }
    return body;
  }

  private static Map<String, String> extraHeaders(int status) {
    return switch (status) {
      case 401 -> Map.of("WWW-Authenticate", "Bearer");
      case 429 -> Map.of("Retry-After", "60");
      case 413, 421 -> Map.of("Connection", "close");
      default -> Map.of();
    };
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    Headers out = exchange.getResponseHeaders();
    out.set("Content-Security-Policy", POLICY);
    out.set("X-Content-Type-Options", "nosniff");
    out.set("Referrer-Policy", "no-referrer");
    out.set("X-Frame-Options", "DENY");
    out.set("Cache-Control", "no-store");
    if (reply instanceof Reply.Full full) {
      out.set("Content-Type", full.type());
      full.headers().forEach(out::set);
      boolean head = full.body().length == 0;
      exchange.sendResponseHeaders(full.status(), head ? -1 : full.body().length);
      if (!head) {
        try (OutputStream body = exchange.getResponseBody()) {
          body.write(full.body());
        }
      }
    } else if (reply instanceof Reply.Stream stream) {
      out.set("Content-Type", stream.type());
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream body = exchange.getResponseBody()) {
        stream.writer().write(body);
      }
    }
  }
}
