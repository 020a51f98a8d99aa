package io.quizcast.game.rules;

import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.game.core.Game;
import io.quizcast.game.core.Given;
import io.quizcast.game.core.PauseReason;
import io.quizcast.game.core.RoundQuestion;
import io.quizcast.game.core.Told;
import io.quizcast.game.core.Transitions;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.ParticipantInfo;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.room.Audiences;
import io.quizcast.game.room.CoalescedSends;
import io.quizcast.game.room.GameClock;
import io.quizcast.game.room.Member;
import io.quizcast.game.room.Outbox;
import io.quizcast.game.room.Room;
import io.quizcast.participant.Participant;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who is here: joins (one socket per identity), leaves, and what each side is told. The host and the presenter
 * always see everyone; players see each other only while the event is small (presence_broadcast_limit).
 */
@ApplicationScoped
public class PresenceFlow {

    static final long PARTICIPANT_COUNT_INTERVAL_MS = 1000;

    private final GameClock clock;
    private final QuestionOpener opener;
    private final CoalescedSends coalesced;
    private final int presenceLimit;

    PresenceFlow(QuestionOpener opener, CoalescedSends coalesced, QuizcastConfig config,
            GameClock clock) {
        this.clock = clock;
        this.opener = opener;
        this.coalesced = coalesced;
        this.presenceLimit = config.game().presenceBroadcastLimit();
    }

    /**
     * In memory, under the room's lock: the socket becomes the participant's, and everyone concerned is told.
     * Returns whether the join may end a pause; {@link #afterJoin} then decides it in a turn.
     */
    boolean joined(Room room, WebSocketConnection socket, Participant participant, Outbox out) {
        Member member = room.member(participant.id);
        if (member == null) {
            member = new Member(participant);
            room.addMember(member);
        } else {
            room.refresh(member, participant);
        }
        return joined(room, socket, member, out);
    }

    /** The same, for a member the room holds as it is (a session socket whose token the room knows). */
    boolean joined(Room room, WebSocketConnection socket, Member member, Outbox out) {
        boolean reconnected = member.everConnected();
        WebSocketConnection previous = room.attach(member, socket);
        boolean repeat = previous == socket;
        if (previous != null && !repeat) {
            out.close(previous, ErrorCodes.CLOSE_REPLACED, "replaced by a newer connection");
        }

        out.add(socket, connected(room, member));
        if (!repeat) {
            announce(room, member, new ServerMessage.ParticipantJoined(member.info(), reconnected), socket, out);
        }
        if (room.game().roundRunning()) {
            stateRestored(room, member, socket, out);
        } else if (room.preparing() != null) {
            out.add(socket, room.preparing());
        }
        return Transitions.joinResumes(room.game(), room.isPlayer(member), room.isPresenter(member));
    }

    /**
     * In memory, under the room's lock: a socket that only watches (the big screen, no token) opened while a round
     * runs, so it is told the open question and the time left at once, as a player who comes back is.
     */
    void observed(Room room, WebSocketConnection socket, Outbox out) {
        if (room.game().roundRunning()) {
            stateRestored(room, null, socket, out);
        } else if (room.preparing() != null) {
            out.add(socket, room.preparing());
        }
    }

    /** The turn after a join: the round resumes if the joiner (still online) ends its pause. */
    Supplier<Uni<Void>> afterJoin(Room draft, UUID participantId, Outbox out) {
        Member joiner = draft.member(participantId);
        if (joiner == null || !joiner.online()
                || !Transitions.joinResumes(draft.game(), draft.isPlayer(joiner), draft.isPresenter(joiner))) {
            return null;
        }
        return () -> opener.resume(draft, out);
    }

    /**
     * In memory, under the room's lock: the participant is offline and everyone concerned is told. Returns whether
     * the leave may pause the round; {@link #afterLeave} then decides it in a turn.
     */
    boolean left(Room room, UUID participantId, Outbox out) {
        Member member = room.detach(participantId);
        if (member == null) {
            return false;
        }
        announce(room, member, new ServerMessage.ParticipantLeft(member.clientId(), false), null, out);
        return Transitions.leavePauses(room.game(), room.sockets().nobodyConnected(), room.isPresenter(member)) != null;
    }

    /**
     * The turn after a leave, decided on the room as it is then: the last one out pauses the round as
     * all_disconnected, whoever left before (see docs/decisions.md, "Pauses"); the presenter, still away, pauses it.
     */
    Supplier<Uni<Void>> afterLeave(Room draft, UUID participantId, Outbox out) {
        Member member = draft.member(participantId);
        PauseReason reason = Transitions.leavePauses(draft.game(), draft.sockets().nobodyConnected(),
                member != null && !member.online() && draft.isPresenter(member));
        if (reason == null) {
            return null;
        }
        if (reason == PauseReason.ALL_DISCONNECTED) {
            return () -> opener.pause(draft, reason, out);
        }
        UUID segmentId = draft.game().segmentId();
        return () -> opener.pause(draft, PauseReason.PRESENTER_DISCONNECTED, out).invoke(() -> {
            Member host = draft.hostMember();
            if (host != null) {
                out.member(host.participantId, new ServerMessage.PresenterOverrideNeeded(member.clientId(),
                        member.displayName(), segmentId));
                out.member(host.participantId, new ServerMessage.PresenterDisconnected(member.clientId(),
                        member.displayName(), segmentId));
            }
        });
    }

    /** Tells staff always, players only while the event is small; else players get the coalesced count. */
    private void announce(Room room, Member about, ServerMessage message, WebSocketConnection except, Outbox out) {
        out.staffExcept(message, except);
        if (room.playersAtMost(presenceLimit)) {
            out.add(without(Audiences.nonStaff(room), except), message);
        } else {
            scheduleParticipantCount(room);
        }
    }

    /** Large events: players learn presence changes as one participant_count, at most once per interval. */
    private void scheduleParticipantCount(Room room) {
        coalesced.request(room, room.participantCount, PARTICIPANT_COUNT_INTERVAL_MS,
                out -> out.add(Audiences.nonStaff(room),
                        new ServerMessage.ParticipantCount(room.sockets().onlineCount(), room.memberCount(),
                                room.listedPlayerCount())));
    }

    private ServerMessage.Connected connected(Room room, Member you) {
        List<ParticipantInfo> list;
        if (room.isStaff(you) || room.playersAtMost(presenceLimit)) {
            list = room.infos();
        } else {
            list = new ArrayList<>();
            list.add(you.info());
            Member host = room.hostMember();
            if (host != null && host != you) {
                list.add(host.info());
            }
        }
        return new ServerMessage.Connected(list, room.memberCount(), you.info(), room.game().settings().eventStatus(),
                room.game().phase().wire(), room.listedPlayerCount());
    }

    /** The open question as {@code you} left it; {@code you} null: an observer's, without a player's fields. */
    private void stateRestored(Room room, Member you, WebSocketConnection socket, Outbox out) {
        Game game = room.game();
        RoundQuestion q = game.openQuestion();
        if (q == null || game.openedAt() == null) {
            out.add(socket, new ServerMessage.StateRestored(room.eventId, game.segmentId(), game.phase().wire(), null,
                    null, null, game.questionCount(), null, null, null, null, null, 0, null, null,
                    participantsFor(room, you), null, null, null, null, null));
            return;
        }
        // one player's standing from the room's sorted standings: after a restart every player reconnects at once
        Integer rank = you == null ? null : room.eventRankOf(you);
        int score = rank == null ? 0 : you.totalScore();
        Given yours = you == null ? null : Given.fromStored(q.type(), room.answers().answerOf(you.participantId));
        // a set or an order is a list (your_answers); any other answer one text (your_answer, as in v1)
        List<String> yourList = yours instanceof Given.Choices c ? c.answers()
                : yours instanceof Given.Order o ? o.items() : null;
        String yourText = yours == null || yourList != null ? null : yours.stored();
        out.add(socket,
                new ServerMessage.StateRestored(room.eventId, game.segmentId(), game.phase().wire(), q.questionId(),
                        q.playId(), q.position() + 1, game.questionCount(), q.text(), q.answers(),
                        q.timeLimitSeconds(), game.openedAt(), game.remainingMs(clock.now()), score, rank,
                        yourText, participantsFor(room, you), q.type().wire(), q.points().wire(), Told.scale(q),
                        yourList, q.imageUrl()));
    }

    private List<ParticipantInfo> participantsFor(Room room, Member you) {
        if ((you != null && room.isStaff(you)) || room.playersAtMost(presenceLimit)) {
            return room.infos();
        }
        return you == null ? List.of() : List.of(you.info());
    }

    private static List<WebSocketConnection> without(List<WebSocketConnection> sockets, WebSocketConnection except) {
        if (except != null) {
            sockets.remove(except);
        }
        return sockets;
    }
}
