package dev.limber.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The host and origin rules, and how failed tokens slow an address down, on a fake clock. */
class GuardsTest {
  @Test
  void aLoopbackServerAnswersToItsAddressAndLocalhostWithItsPortOnly() throws Exception {
    HostCheck hosts = HostCheck.of(InetAddress.getByName("127.0.0.1"), "127.0.0.1", 7750);

    assertThat(hosts.hostAllowed("127.0.0.1:7750")).isTrue();
    assertThat(hosts.hostAllowed("LOCALHOST:7750")).isTrue();
    assertThat(hosts.hostAllowed("127.0.0.1")).isFalse();
    assertThat(hosts.hostAllowed("127.0.0.1:7751")).isFalse();
    assertThat(hosts.hostAllowed("attacker.example:7750")).isFalse();
    assertThat(hosts.hostAllowed("127.0.0.1.attacker.example:7750")).isFalse();
    assertThat(hosts.hostAllowed(null)).isFalse();
    assertThat(hosts.hostAllowed("")).isFalse();
  }

  @Test
  void anIpv6ServerAndANamedOneAnswerToTheirOwnNames() throws Exception {
    assertThat(HostCheck.of(InetAddress.getByName("::1"), "::1", 7750).hostAllowed("[::1]:7750"))
        .isTrue();
    HostCheck named = HostCheck.of(InetAddress.getByName("127.0.0.1"), "limber-box", 80);
    assertThat(named.hostAllowed("limber-box")).isTrue();
    assertThat(named.hostAllowed("limber-box:80")).isTrue();
    assertThat(named.hostAllowed("other-box")).isFalse();
  }

  @Test
  void onlyTheServersOwnOriginMayPost() {
    assertThat(HostCheck.originAllowed(null, "127.0.0.1:7750")).isTrue(); // curl, not a browser
    assertThat(HostCheck.originAllowed("http://127.0.0.1:7750", "127.0.0.1:7750")).isTrue();
    assertThat(HostCheck.originAllowed("http://evil.example", "127.0.0.1:7750")).isFalse();
    assertThat(HostCheck.originAllowed("null", "127.0.0.1:7750")).isFalse();
    assertThat(HostCheck.originAllowed("https://127.0.0.1:7750", "127.0.0.1:7750")).isFalse();
  }

  @Test
  void failuresLockAnAddressForLongerEachTimeAndASuccessForgetsThem() throws Exception {
    AtomicLong now = new AtomicLong();
    FailedLogins failures = new FailedLogins(now::get);
    InetAddress phone = InetAddress.getByName("192.0.2.7");
    InetAddress other = InetAddress.getByName("192.0.2.8");
    for (int i = 0; i < FailedLogins.FREE_FAILURES - 1; i++) {
      failures.failed(phone);
    }
    assertThat(failures.lockedSeconds(phone)).isZero();

    failures.failed(phone);
    assertThat(failures.lockedSeconds(phone)).isEqualTo(1);
    assertThat(failures.lockedSeconds(other)).isZero();
    now.addAndGet(1_000_000_000L);
    assertThat(failures.lockedSeconds(phone)).isZero();
    failures.failed(phone);
    assertThat(failures.lockedSeconds(phone)).isEqualTo(2);
    for (int i = 0; i < 20; i++) {
      failures.failed(phone);
    }
    assertThat(failures.lockedSeconds(phone)).isEqualTo(60);

    failures.succeeded(phone);
    assertThat(failures.lockedSeconds(phone)).isZero();
  }
}
