package io.quizcast.account.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quizcast.config.QuizcastConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/** bcrypt hashing on worker threads: the result comes back on the caller's Vert.x context, never blocking it. */
@ApplicationScoped
public class PasswordHasher {

    private final Vertx vertx;
    private final int cost;
    // a real hash of a random password, checked when the user does not exist so both paths cost the same
    private volatile String decoy;

    PasswordHasher(Vertx vertx, QuizcastConfig config) {
        this.vertx = vertx;
        this.cost = config.auth().bcryptCost();
    }

    public Uni<String> hash(String password) {
        return vertx.executeBlocking(() -> BcryptUtil.bcryptHash(password, cost), false);
    }

    /** Verifies a password; with no stored hash it still spends the time of one check, then says no. */
    public Uni<Boolean> matches(String password, String storedHash) {
        return vertx.executeBlocking(() -> {
            boolean ok = BcryptUtil.matches(password, storedHash != null ? storedHash : decoy());
            return ok && storedHash != null;
        }, false);
    }

    private String decoy() {
        if (decoy == null) {
            decoy = BcryptUtil.bcryptHash(java.util.UUID.randomUUID().toString(), cost);
        }
        return decoy;
    }
}
