package io.quizcast.game.hub;

import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.game.message.ParticipantInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One event's live state: who is connected, who takes part, and the game. A cache in front of the
 * database (which holds everything a player was told); every field is read and written under {@link #lock}.
 */
public final class Room {

    final UUID eventId;
    final AsyncLock lock = new AsyncLock();

    // settings of the event, refreshed when a round starts
    UUID hostUserId;
    String eventStatus;
    int timePerQuestion;
    int numFakeAnswers;
    String singleSegmentMode;

    final Map<UUID, Member> members = new LinkedHashMap<>();
    // who is online, readable from any thread without the lock (REST routes ask)
    final Set<UUID> onlineIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final Map<UUID, WebSocketConnection> sockets = new HashMap<>();
    final Set<WebSocketConnection> observers = new HashSet<>();

    // the game
    String phase = Phase.NOT_STARTED;
    UUID segmentId;
    String segmentKind;
    String segmentTitle;
    String presenterName;
    UUID presenterUserId;
    UUID pendingPresenterId;
    List<RoundQuestion> questions = List.of();
    int questionIndex = -1;
    Instant openedAt;
    final Set<UUID> eligible = new HashSet<>();
    final Map<UUID, String> answered = new HashMap<>();
    final Set<UUID> pending = new HashSet<>();
    boolean zeroFilled;
    String pausedReason;
    String pausedPhase;
    long remainingAtPauseMs;
    boolean loaded;
    final Coalesced answerCount = new Coalesced();
    final Coalesced participantCount = new Coalesced();

    Room(UUID eventId) {
        this.eventId = eventId;
    }

    public UUID eventId() {
        return eventId;
    }

    RoundQuestion openQuestion() {
        return questionIndex >= 0 && questionIndex < questions.size() ? questions.get(questionIndex) : null;
    }

    boolean questionIsOpen() {
        return Phase.SHOWING_QUESTION.equals(phase) && openQuestion() != null;
    }

    boolean paused() {
        return Phase.PRESENTER_PAUSED.equals(phase);
    }

    boolean roundRunning() {
        return segmentId != null && (Phase.SHOWING_QUESTION.equals(phase) || Phase.REVEALING_ANSWER.equals(phase)
                || Phase.SHOWING_LEADERBOARD.equals(phase) || Phase.PRESENTER_PAUSED.equals(phase));
    }

    /** The host's own participant, if the host joined. */
    Member hostMember() {
        for (Member m : members.values()) {
            if (m.userId != null && m.userId.equals(hostUserId)) {
                return m;
            }
        }
        return null;
    }

    boolean isPresenter(Member m) {
        return m != null && m.userId != null && m.userId.equals(presenterUserId);
    }

    /** A player: joined, playing, and not the presenter of the running segment. */
    boolean isPlayer(Member m) {
        return m != null && m.player && !isPresenter(m);
    }

    List<Member> onlinePlayers() {
        List<Member> players = new ArrayList<>();
        for (Member m : members.values()) {
            if (m.online && isPlayer(m)) {
                players.add(m);
            }
        }
        return players;
    }

    int playerCount() {
        int n = 0;
        for (Member m : members.values()) {
            if (isPlayer(m)) {
                n++;
            }
        }
        return n;
    }

    int onlineCount() {
        int n = 0;
        for (Member m : members.values()) {
            if (m.online) {
                n++;
            }
        }
        return n;
    }

    Member memberByClientId(UUID clientId) {
        for (Member m : members.values()) {
            if (m.clientId().equals(clientId)) {
                return m;
            }
        }
        return null;
    }

    List<ParticipantInfo> infos() {
        List<ParticipantInfo> infos = new ArrayList<>(members.size());
        for (Member m : members.values()) {
            infos.add(m.info());
        }
        return infos;
    }

    // -- socket snapshots, taken under the lock and used outside it

    List<WebSocketConnection> everyone() {
        List<WebSocketConnection> all = new ArrayList<>(sockets.values());
        all.addAll(observers);
        return all;
    }

    List<WebSocketConnection> staff() {
        List<WebSocketConnection> staff = new ArrayList<>(2);
        for (Map.Entry<UUID, WebSocketConnection> e : sockets.entrySet()) {
            Member m = members.get(e.getKey());
            if (m != null && (isStaff(m))) {
                staff.add(e.getValue());
            }
        }
        return staff;
    }

    boolean isStaff(Member m) {
        return (m.userId != null && m.userId.equals(hostUserId)) || isPresenter(m);
    }

    List<WebSocketConnection> nonStaff() {
        List<WebSocketConnection> others = new ArrayList<>(sockets.size());
        for (Map.Entry<UUID, WebSocketConnection> e : sockets.entrySet()) {
            Member m = members.get(e.getKey());
            if (m == null || !isStaff(m)) {
                others.add(e.getValue());
            }
        }
        others.addAll(observers);
        return others;
    }

    WebSocketConnection socketOf(UUID participantId) {
        return sockets.get(participantId);
    }
}
