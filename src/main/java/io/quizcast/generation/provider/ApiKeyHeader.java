package io.quizcast.generation.provider;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Puts the provider's key on every request: "Bearer key" in Authorization, the bare key in any other header. */
final class ApiKeyHeader implements ClientRequestFilter {

    private final String name;
    private final String value;

    ApiKeyHeader(String name, String key) {
        this.name = name;
        this.value = HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? "Bearer " + key : key;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(name, value);
    }
}
