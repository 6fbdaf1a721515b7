package dev.limber.remote;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Slows down guessing: after {@value #FREE_FAILURES} wrong or missing tokens from one address, that
 * address is refused (429) for a second, doubling with each further failure up to a minute, without
 * its token even being looked at. No thread waits, so guessing cannot tie up the server. Remembers
 * at most {@value #MAX_ADDRESSES} addresses.
 */
final class FailedLogins {
  static final int FREE_FAILURES = 5;
  private static final int MAX_ADDRESSES = 256;
  private static final long MAX_LOCK_NANOS = 60_000_000_000L;

  private record Entry(int failures, long lockedUntil) {}

  private final LongSupplier nanoClock;
  private final Map<InetAddress, Entry> entries =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<InetAddress, Entry> eldest) {
          return size() > MAX_ADDRESSES;
        }
      };

  FailedLogins(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
  }

  /** Whole seconds {@code address} must still wait, or 0 when it may try. */
  synchronized long lockedSeconds(InetAddress address) {
    Entry entry = entries.get(address);
    long left = entry == null ? 0 : entry.lockedUntil() - nanoClock.getAsLong();
    return left <= 0 ? 0 : (left + 999_999_999L) / 1_000_000_000L;
  }

  synchronized void failed(InetAddress address) {
    Entry entry = entries.getOrDefault(address, new Entry(0, 0));
    int failures = entry.failures() + 1;
    long lock =
        failures < FREE_FAILURES
            ? 0
            : Math.min(MAX_LOCK_NANOS, 1_000_000_000L << Math.min(6, failures - FREE_FAILURES));
    entries.put(address, new Entry(failures, lock == 0 ? 0 : nanoClock.getAsLong() + lock));
  }

  synchronized void succeeded(InetAddress address) {
    entries.remove(address);
  }
}
