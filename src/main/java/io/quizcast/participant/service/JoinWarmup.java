package io.quizcast.participant.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quizcast.common.security.SessionTokenSigner;
import io.quizcast.common.security.SessionTokens;
import io.quizcast.event.service.JoinCodes;
import io.quizcast.participant.DeviceIds;
import io.quizcast.participant.DisplayNames;
import io.quizcast.participant.JoinRequest;
import io.quizcast.participant.JoinResponse;
import io.quizcast.participant.moderation.NameFilter;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.Validator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A join's one-time costs paid at start instead of by the first players: the JSON reader and writer of its body and
 * answer, its validation, the name filter's word lists, the token's signature and hash, the device id's digest. In
 * the native executable the first ten joins took 75-91 ms against at most 16-23 ms for the next ninety
 * (docs/BENCHMARKS.md, scenario warm-up, `first-wave`). Nothing is stored.
 */
@ApplicationScoped
public class JoinWarmup {

    private static final Logger LOG = Logger.getLogger(JoinWarmup.class);

    private final ObjectMapper json;
    private final Validator validator;
    private final SessionTokenSigner tokens;

    JoinWarmup(ObjectMapper json, Validator validator, SessionTokenSigner tokens) {
        this.json = json;
        this.validator = validator;
        this.tokens = tokens;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        long started = System.nanoTime();
        try {
            JoinRequest request = json.readValue("{\"code\":\"warmup\",\"device_fingerprint\":\"warm-up\","
                    + "\"display_name\":\"Warm Up\"}", JoinRequest.class);
            validator.validate(request);
            String name = DisplayNames.normalise(request.displayName());
            NameFilter.blocked(name, List.of("warmup"));
            JoinCodes.normalise(request.code());
            UUID device = DeviceIds.of(request.deviceFingerprint());
            String token = tokens.issue(UUID.randomUUID(), UUID.randomUUID());
            tokens.verify(token);
            SessionTokens.hash(token);
            json.writeValueAsString(new JoinResponse(UUID.randomUUID(), UUID.randomUUID(), device, token, name, false));
        } catch (Exception e) {
            // only a head start: a join still works without it
            LOG.warnf("warming the join path failed: %s", e);
        }
        LOG.debugf("join path warmed in %d ms", (System.nanoTime() - started) / 1_000_000);
    }
}
