package io.quizcast.common.limit;

import io.quizcast.config.QuizcastConfig;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/**
 * The address a request comes from, for the abuse limits: the peer's, unless the peer is a configured proxy
 * ({@code quizcast.http.trusted-proxies}); then X-Forwarded-For is read from the right, past the trusted proxies, to
 * the first address no trusted proxy wrote. A client cannot choose its address by sending the header itself: its
 * entries are left of the ones the proxies add, and without a trusted proxy the header is not read at all.
 */
@ApplicationScoped
public class ClientAddress {

    private final List<AddressRange> proxies;

    @Inject
    ClientAddress(QuizcastConfig config) {
        this(config.http().trustedProxies().orElse(List.of()));
    }

    ClientAddress(List<String> trustedProxies) {
        this.proxies = trustedProxies.stream().filter(p -> !p.isBlank()).map(AddressRange::parse).toList();
    }

    public String of(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        String host = peer == null ? null : peer.hostAddress();
        return of(host == null ? "unknown" : host, request.headers().getAll("X-Forwarded-For"));
    }

    /** The client's address from the peer's and the X-Forwarded-For headers (in order). */
    String of(String peer, List<String> forwardedFor) {
        if (!trusted(peer) || forwardedFor.isEmpty()) {
            return peer;
        }
        String client = peer;
        List<String> hops = forwardedFor.stream().flatMap(h -> Arrays.stream(h.split(",")))
                .map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (AddressRange.address(hop) == null) {
                // not an address (a name, "unknown", garbage): the last one a proxy vouched for stands
                return client;
            }
            client = hop;
            if (!trusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean trusted(String address) {
        if (proxies.isEmpty()) {
            return false;
        }
        byte[] bytes = AddressRange.address(address);
        return bytes != null && proxies.stream().anyMatch(range -> range.contains(bytes));
    }
}
