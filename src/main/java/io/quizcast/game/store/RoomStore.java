package io.quizcast.game.store;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quizcast.account.repository.UserRepository;
import io.quizcast.common.security.Caller;
import io.quizcast.common.sql.PooledStatements;
import io.quizcast.event.Event;
import io.quizcast.event.repository.EventRepository;
import io.quizcast.game.GameState;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.participant.DeviceIds;
import io.quizcast.participant.Participant;
import io.quizcast.participant.repository.ParticipantRepository;
import io.quizcast.participant.repository.ParticipantRows;
import io.quizcast.participant.service.JoinService;
import io.quizcast.segment.Segment;
import io.quizcast.segment.repository.SegmentRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** What a room reads and writes about its event: the event, its participants and segments, the live state. */
@ApplicationScoped
public class RoomStore {

    private final EventRepository events;
    private final SegmentRepository segments;
    private final ParticipantRepository participants;
    private final JoinService joins;
    private final PooledStatements statements;
    private final GameStateRepository states;
    private final UserRepository users;

    RoomStore(EventRepository events, SegmentRepository segments, ParticipantRepository participants,
            JoinService joins, PooledStatements statements, GameStateRepository states, UserRepository users) {
        this.states = states;
        this.users = users;
        this.statements = statements;
        this.events = events;
        this.segments = segments;
        this.participants = participants;
        this.joins = joins;
    }

    @WithSession
    public Uni<Event> event(UUID eventId) {
        return events.findById(eventId);
    }

    /** A participant by id, read on the plain pool: one statement, no ORM session (a session socket's join). */
    public Uni<Participant> participant(UUID participantId) {
        return statements.query("SELECT " + ParticipantRows.COLUMNS + " FROM event_participants WHERE id = $1",
                Tuple.of(participantId))
                .map(rows -> rows.size() == 0 ? null : ParticipantRows.of(rows.iterator().next()));
    }

    /** The presenters' segments of an event, in order (for winners and presenter rotation). */
    @WithSession
    public Uni<List<Segment>> segmentsOf(UUID eventId) {
        return segments.listByEvent(eventId);
    }

    /**
     * The participant a socket speaks for. An account is mapped to its participant in the event, created when
     * missing (display name from the account, made unique; the host is marked and does not play).
     */
    @WithTransaction
    public Uni<Participant> resolve(Event event, Caller caller) {
        if (caller instanceof Caller.Session session) {
            return participants.findById(session.participantId());
        }
        UUID userId = ((Caller.Account) caller).userId();
        return participants.findByAccount(event.id, userId).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            return users.findById(userId).chain(user -> {
                if (user == null) {
                    throw new GameException(ErrorCodes.FORBIDDEN, "Account no longer exists");
                }
                boolean host = event.isHostedBy(userId);
                return joins
                        .create(event, DeviceIds.ofAccount(userId), user.displayName, user.avatarUrl, user.avatarType,
                                userId, host, !host)
                        .map(JoinService.Joined::participant);
            });
        });
    }

    /** Writes the live state (upsert by event). */
    @WithTransaction
    public Uni<Void> saveState(GameState state) {
        return states.write(state);
    }
}
