package io.quizcast.common.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose address a request counts against: X-Forwarded-For only from a trusted proxy, read from the right. */
class ClientAddressTest {

    private static final ClientAddress BEHIND_PROXIES = new ClientAddress(List.of("10.0.0.0/8", "fd00::/8"));

    @Test
    void withoutTrustedProxiesTheHeaderIsNeverRead() {
        ClientAddress direct = new ClientAddress(List.of());

        assertThat(direct.of("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aPeerThatIsNotATrustedProxyCannotChooseItsAddress() {
        assertThat(BEHIND_PROXIES.of("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void behindTrustedProxiesTheFirstUntrustedHopFromTheRightIsTheClient() {
        // the client wrote 1.2.3.4 itself; the ingress added the address it saw, 198.51.100.7
        assertThat(BEHIND_PROXIES.of("10.1.2.3", List.of("1.2.3.4, 198.51.100.7"))).isEqualTo("198.51.100.7");
        // two proxies, the header split over two lines
        assertThat(BEHIND_PROXIES.of("10.1.2.3", List.of("198.51.100.7", "10.9.9.9"))).isEqualTo("198.51.100.7");
        assertThat(BEHIND_PROXIES.of("fd00::1", List.of("2001:db8::5"))).isEqualTo("2001:db8::5");
    }

    @Test
    void aHopThatIsNotAnAddressStopsTheWalkAtTheLastVouchedOne() {
        assertThat(BEHIND_PROXIES.of("10.1.2.3", List.of("unknown, 10.4.4.4"))).isEqualTo("10.4.4.4");
        assertThat(BEHIND_PROXIES.of("10.1.2.3", List.of("evil.example.com"))).isEqualTo("10.1.2.3");
        assertThat(BEHIND_PROXIES.of("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
    }

    @Test
    void rangesAreNumbersNeverNames() {
        assertThat(AddressRange.parse("192.0.2.0/24").contains(AddressRange.address("192.0.2.200"))).isTrue();
        assertThat(AddressRange.parse("192.0.2.0/25").contains(AddressRange.address("192.0.2.200"))).isFalse();
        assertThat(AddressRange.parse("192.0.2.7").contains(AddressRange.address("192.0.2.7"))).isTrue();
        assertThat(AddressRange.parse("0.0.0.0/0").contains(AddressRange.address("2001:db8::1"))).isFalse();
        assertThatThrownBy(() -> AddressRange.parse("proxy.internal")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AddressRange.address("1.2.3")).isNull();
    }
}
