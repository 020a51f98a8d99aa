package io.quizcast.account.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quizcast.account.User;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Account lookups; usernames compare case-insensitively (indexed on lower(username)). */
@ApplicationScoped
@WithSession
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

    public Uni<User> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResult();
    }

    public Uni<Boolean> usernameTaken(String username, UUID exceptId) {
        return count("lower(username) = lower(?1) and id <> ?2", username, exceptId).map(n -> n > 0);
    }
}
