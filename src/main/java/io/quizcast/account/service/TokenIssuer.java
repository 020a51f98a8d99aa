package io.quizcast.account.service;

import io.quizcast.account.User;
import io.quizcast.config.QuizcastConfig;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;

/** Signs account tokens (RS256 JWTs) whose subject is the account id. */
@ApplicationScoped
public class TokenIssuer {

    private final Duration lifespan;

    TokenIssuer(QuizcastConfig config) {
        this.lifespan = config.auth().tokenLifespan();
    }

    public String issue(User user) {
        return Jwt.subject(user.id.toString())
                .upn(user.username)
                .groups(Set.of("user", user.role))
                .expiresIn(lifespan)
                .sign();
    }
}
