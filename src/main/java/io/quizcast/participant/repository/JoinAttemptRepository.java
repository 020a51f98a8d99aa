package io.quizcast.participant.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quizcast.participant.JoinAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The log of join requests (join_attempts), written through the ORM for refusals. */
@ApplicationScoped
@WithSession
public class JoinAttemptRepository implements PanacheRepositoryBase<JoinAttempt, UUID> {
}
