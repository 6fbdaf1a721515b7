package dev.limber.remote;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Against DNS rebinding and cross-site requests: the {@code Host} a request names must be the
 * server's own address or name with its port, and a {@code POST}'s {@code Origin}, when a browser
 * sends one, must be the server's own.
 */
final class HostCheck {
  private final Set<String> hosts;
  private final int port;

  private HostCheck(Set<String> hosts, int port) {
    this.hosts = hosts;
    this.port = port;
  }

  /**
   * The names a server bound to {@code address} answers to: the address itself, {@code localhost}
   * for loopback, the name given on the command line, and for a wildcard address every address of
   * the machine and its host names.
   */
  static HostCheck of(InetAddress address, String givenName, int port) {
    Set<String> hosts = new TreeSet<>();
    hosts.add(literal(address));
    hosts.add(givenName.toLowerCase(Locale.ROOT));
    if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
      hosts.add("localhost");
    }
    if (address.isAnyLocalAddress()) {
      try {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
          Collections.list(nif.getInetAddresses()).forEach(a -> hosts.add(literal(a)));
        }
        String name = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
        hosts.add(name);
        hosts.add(name + ".local");
      } catch (SocketException | java.net.UnknownHostException e) {
        // the addresses that could be listed are allowed; the others will be refused
      }
    }
    return new HostCheck(Set.copyOf(hosts), port);
  }

  /** How a URL writes an address: IPv6 in brackets, without a scope. */
  static String literal(InetAddress address) {
    String text = address.getHostAddress();
    if (address instanceof Inet6Address) {
      int scope = text.indexOf('%');
      return "[" + (scope < 0 ? text : text.substring(0, scope)) + "]";
    }
    return text;
  }

  /** Whether a {@code Host} header names this server: one of its names and its port. */
  boolean hostAllowed(String host) {
    if (host == null) {
      return false;
    }
    String value = host.strip().toLowerCase(Locale.ROOT);
    int colon = value.lastIndexOf(':');
    if (colon < 0 || value.endsWith("]")) {
      return port == 80 && hosts.contains(value); // browsers leave out the default port
    }
    return value.substring(colon + 1).equals(Integer.toString(port))
        && hosts.contains(canonical(value.substring(0, colon)));
  }

  /**
   * An IPv6 literal as {@link #literal} writes it (there are many ways to write one); anything else
   * as it is.
   */
  private static String canonical(String host) {
    if (host.startsWith("[")
        && host.endsWith("]")
        && host.substring(1, host.length() - 1).matches("[0-9a-f:.]+")) {
      try {
        // a literal of hex digits and colons is parsed, never looked up
        return literal(InetAddress.getByName(host.substring(1, host.length() - 1)));
      } catch (java.net.UnknownHostException e) {
        return host;
      }
    }
    return host;
  }

  /**
   * Whether a request's {@code Origin} (null when absent) may send a command to a server reached as
   * {@code host}.
   */
  static boolean originAllowed(String origin, String host) {
    return origin == null || origin.strip().equalsIgnoreCase("http://" + host.strip());
  }
}
