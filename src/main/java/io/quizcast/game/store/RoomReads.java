package io.quizcast.game.store;

import io.quizcast.common.sql.QuietLoopPool;
import io.quizcast.event.Event;
import io.quizcast.game.GameState;
import io.quizcast.game.owner.Ownership;
import io.quizcast.participant.Participant;
import io.quizcast.participant.repository.ParticipantRows;
import io.quizcast.segment.Segment;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A room's load as six statements keyed by the event alone, started together on one connection: pipelined, they
 * cost one round trip where the chained reads (event, participants, state, segment, scores, questions, answers) cost
 * seven, each of which waited behind a takeover's thousands of arriving sockets. The connection is one of the
 * {@link QuietLoopPool}'s, so its 10,000 rows are read on a loop those sockets do not use.
 */
@ApplicationScoped
public class RoomReads {

    private static final String EVENT = """
            SELECT host_id, status, time_per_question, num_fake_answers, single_segment_mode, reading_time,
                   auto_reveal, auto_advance, streak_bonus, shuffle_answers
            FROM events WHERE id = $1""";
    // a removed participant is out of the game (its answers stay in the results)
    private static final String PARTICIPANTS = "SELECT " + ParticipantRows.COLUMNS
            + " FROM event_participants WHERE event_id = $1 AND removed_at IS NULL ORDER BY joined_at";
    private static final String STATE = """
            SELECT g.segment_id, g.phase, g.question_index, g.question_started_at, g.paused_reason, g.paused_phase,
                   g.remaining_ms_at_pause, g.pending_presenter_id,
                   s.id, s.kind, s.title, s.order_index, s.presenter_name, s.presenter_user_id
            FROM game_states g LEFT JOIN segments s ON s.id = g.segment_id WHERE g.event_id = $1""";
    private static final String CURRENT_SEGMENT = "(SELECT segment_id FROM game_states WHERE event_id = $1)";
    private static final String SCORES = AnswerStore.SCORES + "segment_id = " + CURRENT_SEGMENT;
    private static final String ROUND = RoundStore.ROUND_QUESTIONS + "r.segment_id = " + CURRENT_SEGMENT
            + RoundStore.ROUND_ORDER;
    private static final String ANSWERS = AnswerStore.ANSWERS + """
            (segment_id, question_id) = (SELECT r.segment_id, r.question_id FROM game_states g
                JOIN round_questions r ON r.segment_id = g.segment_id AND r.position = g.question_index
                WHERE g.event_id = $1)""";

    private final RoundStore rounds;
    private final QuietLoopPool quietLoop;
    private final Ownership ownership;

    RoomReads(RoundStore rounds, QuietLoopPool quietLoop, Ownership ownership) {
        this.rounds = rounds;
        this.quietLoop = quietLoop;
        this.ownership = ownership;
    }

    /**
     * The claim's epoch (null: the event is gone) and the room as read behind it; when the claim's answer and the
     * participants' last row came, in ms after the start (the log tells a claim that waited from a slow read).
     */
    public record Claimed(Long epoch, RoomSnapshot room, long claimMs, long participantsMs) {
    }

    /**
     * The claim first on one connection, the room's reads pipelined behind it: once the claim is taken, the old
     * owner's writes are fenced out (those in flight commit first), so everything read is final. {@code heldEpoch} 0
     * takes the event over; another renews the claim this process holds (a reload; OwnershipLost when gone).
     */
    public Uni<Claimed> claimAndRead(UUID eventId, long heldEpoch) {
        long started = System.nanoTime();
        long[] claimedAt = new long[2];
        return quietLoop.onOneConnection(connection -> Uni.combine().all()
                .unis((heldEpoch == 0 ? ownership.takeOver(eventId, connection)
                        : ownership.confirm(eventId, heldEpoch, connection).replaceWith(heldEpoch))
                        .invoke(() -> claimedAt[0] = System.nanoTime()),
                        read(eventId, connection, () -> claimedAt[1] = System.nanoTime()))
                // both end before the connection goes back to the pool, even when the claim fails
                .collectFailures().asTuple().map(both -> new Claimed(both.getItem1(), both.getItem2(),
                        (claimedAt[0] - started) / 1_000_000, (claimedAt[1] - started) / 1_000_000)));
    }

    private Uni<RoomSnapshot> read(UUID eventId, SqlClient connection, Runnable participantsRead) {
        Tuple id = Tuple.of(eventId);
        return Uni.combine().all()
                .unis(run(connection, EVENT, id), run(connection, PARTICIPANTS, id).invoke(participantsRead),
                        run(connection, STATE, id),
                        run(connection, SCORES, id), run(connection, ROUND, id), run(connection, ANSWERS, id))
                .asTuple().map(read -> {
                    Row stateRow = first(read.getItem3());
                    GameState state = stateRow == null ? null : state(eventId, stateRow);
                    Segment segment = stateRow == null || stateRow.getUUID(8) == null ? null
                            : segment(eventId, stateRow);
                    return new RoomSnapshot(event(eventId, first(read.getItem1())), participants(read.getItem2()),
                            state, segment, AnswerStore.scores(values(read.getItem4())),
                            segment == null ? null : rounds.storedRound(segment.id, values(read.getItem5())),
                            AnswerStore.answers(values(read.getItem6())));
                });
    }

    private static Uni<RowSet<Row>> run(SqlClient connection, String sql, Tuple arguments) {
        return connection.preparedQuery(sql).execute(arguments);
    }

    private static Row first(RowSet<Row> rows) {
        return rows.size() == 0 ? null : rows.iterator().next();
    }

    private static Event event(UUID eventId, Row row) {
        if (row == null) {
            return null;
        }
        Event e = new Event();
        e.id = eventId;
        e.hostId = row.getUUID(0);
        e.status = row.getString(1);
        e.timePerQuestion = row.getInteger(2);
        e.numFakeAnswers = row.getInteger(3);
        e.singleSegmentMode = row.getString(4);
        e.readingTime = row.getInteger(5);
        e.autoReveal = row.getBoolean(6);
        e.autoAdvance = row.getInteger(7);
        e.streakBonus = row.getBoolean(8);
        e.shuffleAnswers = row.getBoolean(9);
        return e;
    }

    private static List<Participant> participants(RowSet<Row> rows) {
        List<Participant> list = new ArrayList<>(rows.size());
        rows.forEach(row -> list.add(ParticipantRows.of(row)));
        return list;
    }

    private static GameState state(UUID eventId, Row row) {
        GameState s = new GameState();
        s.eventId = eventId;
        s.segmentId = row.getUUID(0);
        s.phase = row.getString(1);
        s.questionIndex = row.getInteger(2);
        s.questionStartedAt = row.getOffsetDateTime(3) == null ? null : row.getOffsetDateTime(3).toInstant();
        s.pausedReason = row.getString(4);
        s.pausedPhase = row.getString(5);
        s.remainingMsAtPause = row.getLong(6);
        s.pendingPresenterId = row.getUUID(7);
        return s;
    }

    private static Segment segment(UUID eventId, Row row) {
        Segment s = new Segment();
        s.id = row.getUUID(8);
        s.eventId = eventId;
        s.kind = row.getString(9);
        s.title = row.getString(10);
        s.orderIndex = row.getInteger(11);
        s.presenterName = row.getString(12);
        s.presenterUserId = row.getUUID(13);
        return s;
    }

    // the rows as the ORM's native queries give them, for the mappers the stores share
    private static List<Object[]> values(RowSet<Row> rows) {
        List<Object[]> list = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Object[] values = new Object[row.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getValue(i);
            }
            list.add(values);
        }
        return list;
    }
}
