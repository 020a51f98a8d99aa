package io.quizcast.game.rules;

import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.ParticipantInfo;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.room.CoalescedSends;
import io.quizcast.game.room.GameClock;
import io.quizcast.game.room.Member;
import io.quizcast.game.room.Outbox;
import io.quizcast.game.room.PauseReason;
import io.quizcast.game.room.Room;
import io.quizcast.game.room.RoundQuestion;
import io.quizcast.game.store.AnswerStore;
import io.quizcast.participant.Participant;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who is here: joins (one socket per identity), leaves, and what each side is told. The host and the presenter
 * always see everyone; players see each other only while the event is small (presence_broadcast_limit).
 */
@ApplicationScoped
public class PresenceFlow {

    static final long PARTICIPANT_COUNT_INTERVAL_MS = 1000;

    private final AnswerStore answerStore;
    private final GameClock clock;
    private final RoundFlow rounds;
    private final CoalescedSends coalesced;
    private final int presenceLimit;

    PresenceFlow(AnswerStore answerStore, RoundFlow rounds, CoalescedSends coalesced, QuizcastConfig config,
            GameClock clock) {
        this.clock = clock;
        this.answerStore = answerStore;
        this.rounds = rounds;
        this.coalesced = coalesced;
        this.presenceLimit = config.game().presenceBroadcastLimit();
    }

    Uni<Void> joined(Room room, WebSocketConnection socket, Participant participant, Outbox out) {
        Member member = room.members.get(participant.id);
        if (member == null) {
            member = new Member(participant);
            room.addMember(member);
        } else {
            member.displayName = participant.displayName;
            member.player = participant.isPlayer;
            member.host = participant.isHost;
        }
        WebSocketConnection previous = room.sockets.get(participant.id);
        boolean repeat = previous == socket;
        if (previous != null && !repeat) {
            out.close(previous, ErrorCodes.CLOSE_REPLACED, "replaced by a newer connection");
        }
        room.sockets.put(participant.id, socket);
        room.observers.remove(socket);
        member.online = true;
        room.onlineIds.add(participant.id);
        boolean reconnected = member.everConnected;
        member.everConnected = true;

        out.add(socket, connected(room, member));
        if (!repeat) {
            announce(room, member, new ServerMessage.ParticipantJoined(member.info(), reconnected), socket, out);
        }
        Member joiner = member;
        Uni<Void> restored = room.roundRunning() ? stateRestored(room, joiner, socket, out)
                : Uni.createFrom().voidItem();
        return restored.chain(() -> {
            if (!room.paused()) {
                return Uni.createFrom().voidItem();
            }
            PauseReason reason = room.pausedReason;
            // the first player resumes a quiz waiting for players; the presenter's return resumes its segment;
            // anyone coming back resumes a round everybody had left
            boolean resumes = (reason == PauseReason.NO_PARTICIPANTS && room.isPlayer(joiner))
                    || (reason == PauseReason.PRESENTER_DISCONNECTED && room.isPresenter(joiner))
                    || reason == PauseReason.ALL_DISCONNECTED;
            return resumes ? rounds.resume(room, out) : Uni.createFrom().voidItem();
        });
    }

    Uni<Void> left(Room room, UUID participantId, Outbox out) {
        room.sockets.remove(participantId);
        room.onlineIds.remove(participantId);
        Member member = room.members.get(participantId);
        if (member == null) {
            return Uni.createFrom().voidItem();
        }
        member.online = false;
        announce(room, member, new ServerMessage.ParticipantLeft(member.clientId(), false), null, out);
        boolean running = room.roundRunning() && !room.paused();
        if (room.roundRunning() && room.sockets.isEmpty()) {
            // the last one out decides the reason, whoever left before (see docs/decisions.md, "Pauses")
            return rounds.pause(room, PauseReason.ALL_DISCONNECTED, out);
        }
        if (running && room.isPresenter(member)) {
            return rounds.pause(room, PauseReason.PRESENTER_DISCONNECTED, out).invoke(() -> {
                Member host = room.hostMember();
                var hostSocket = host == null ? null : room.socketOf(host.participantId);
                out.add(hostSocket, new ServerMessage.PresenterOverrideNeeded(member.clientId(), member.displayName,
                        room.segmentId));
                out.add(hostSocket, new ServerMessage.PresenterDisconnected(member.clientId(), member.displayName,
                        room.segmentId));
            });
        }
        return Uni.createFrom().voidItem();
    }

    /** Tells staff always, players only while the event is small; else players get the coalesced count. */
    private void announce(Room room, Member about, ServerMessage message, WebSocketConnection except, Outbox out) {
        List<WebSocketConnection> staff = without(room.staff(), except);
        out.add(staff, message);
        if (room.playersAtMost(presenceLimit)) {
            out.add(without(room.nonStaff(), except), message);
        } else {
            scheduleParticipantCount(room);
        }
    }

    /** Large events: players learn presence changes as one participant_count, at most once per interval. */
    private void scheduleParticipantCount(Room room) {
        coalesced.request(room, room.participantCount, PARTICIPANT_COUNT_INTERVAL_MS, out -> out.add(room.nonStaff(),
                new ServerMessage.ParticipantCount(room.onlineCount(), room.members.size())));
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
        return new ServerMessage.Connected(list, room.members.size(), you.info(), room.eventStatus, room.phase.wire());
    }

    private Uni<Void> stateRestored(Room room, Member you, WebSocketConnection socket, Outbox out) {
        RoundQuestion q = room.openQuestion();
        if (q == null || room.openedAt == null) {
            out.add(socket, new ServerMessage.StateRestored(room.eventId, room.segmentId, room.phase.wire(), null, null,
                    room.questions.size(), null, null, null, null, null, 0, null, null, participantsFor(room, you)));
            return Uni.createFrom().voidItem();
        }
        // one player's standing, not the whole ranking: after a restart every player reconnects at once
        return answerStore.standing(room.eventId, you.participantId).invoke(standing -> {
            int score = standing == null ? 0 : standing.score();
            Integer rank = standing == null ? null : standing.rank();
            long remaining = room.questionIsOpen()
                    ? Math.max(0, q.timeLimitMs() - Duration.between(room.openedAt, clock.now()).toMillis())
                    : 0;
            String yours = room.answered.get(you.participantId);
            out.add(socket,
                    new ServerMessage.StateRestored(room.eventId, room.segmentId, room.phase.wire(), q.questionId(),
                            q.position() + 1, room.questions.size(), q.text(), q.answers(), q.timeLimitSeconds(),
                            room.openedAt,
                            remaining, score, rank, yours == null || yours.isEmpty() ? null : yours,
                            participantsFor(room, you)));
        }).replaceWithVoid();
    }

    private List<ParticipantInfo> participantsFor(Room room, Member you) {
        if (room.isStaff(you) || room.playersAtMost(presenceLimit)) {
            return room.infos();
        }
        return List.of(you.info());
    }

    private static List<WebSocketConnection> without(List<WebSocketConnection> sockets, WebSocketConnection except) {
        if (except != null) {
            sockets.remove(except);
        }
        return sockets;
    }
}
