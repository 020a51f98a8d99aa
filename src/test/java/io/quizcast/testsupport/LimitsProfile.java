package io.quizcast.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The abuse limits low enough to reach in a test, and refilled too slowly to come back during one; 127.0.0.1 is a
 * trusted proxy, so each test speaks for addresses of its own through X-Forwarded-For.
 */
public class LimitsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(Map.entry("quizcast.http.trusted-proxies", "127.0.0.1,::1"),
                Map.entry("quizcast.limits.login-failures-per-account-burst", "3"),
                Map.entry("quizcast.limits.login-failures-per-account-refill", "1H"),
                Map.entry("quizcast.limits.login-failures-per-address-burst", "5"),
                Map.entry("quizcast.limits.login-failures-per-address-refill", "1H"),
                Map.entry("quizcast.limits.lookup-misses-per-address-burst", "3"),
                Map.entry("quizcast.limits.lookup-misses-per-address-refill", "1H"),
                Map.entry("quizcast.limits.joins-per-address-burst", "4"),
                Map.entry("quizcast.limits.joins-per-address-refill", "1H"),
                Map.entry("quizcast.limits.joins-per-event-burst", "6"),
                Map.entry("quizcast.limits.joins-per-event-refill", "1H"));
    }
}
