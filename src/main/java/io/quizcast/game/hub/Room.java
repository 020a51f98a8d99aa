package io.quizcast.game.hub;

import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.game.message.ParticipantInfo;
import io.smallrye.mutiny.Uni;
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
    final AsyncLock lock;
    // set under the lock when the Hub drops the room: a task that finds it set starts again on the new room
    boolean evicted;
    volatile long lastActivityNanos = System.nanoTime();

    // settings of the event, refreshed when a round starts
    UUID hostUserId;
    String eventStatus;
    int timePerQuestion;
    int numFakeAnswers;
    String singleSegmentMode;

    final Map<UUID, Member> members = new LinkedHashMap<>();
    // when the members were last read from the database (joins over REST reach the room from there)
    java.time.Instant membersSince;
    // participant id by account id, so the host's and the presenter's sockets are found in O(1)
    private final Map<UUID, UUID> participantByUser = new HashMap<>();
    // who is online, readable from any thread without the lock (REST routes ask)
    final Set<UUID> onlineIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final Map<UUID, WebSocketConnection> sockets = new HashMap<>();
    final Set<WebSocketConnection> observers = new HashSet<>();

    // the game
    Phase phase = Phase.NOT_STARTED;
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
    // points of each stored answer to the open question (the delta of scores_update)
    final Map<UUID, Integer> points = new HashMap<>();
    final Set<UUID> pending = new HashSet<>();
    boolean zeroFilled;
    // the zero-fill of the open question started by its reveal, while it runs (null: none started)
    Uni<Void> zeroFilling;
    PauseReason pausedReason;
    Phase pausedPhase;
    long remainingAtPauseMs;
    boolean loaded;
    // answers of the open question that are reserved here and not yet committed or refused
    final AnswerWrites writes = new AnswerWrites();
    // answers of the open question whose commit was acknowledged
    int committedAnswers;
    final Coalesced answerCount = new Coalesced();
    final Coalesced participantCount = new Coalesced();

    private static final java.util.Set<Phase> RUNNING = java.util.EnumSet.of(Phase.SHOWING_QUESTION,
            Phase.REVEALING_ANSWER, Phase.SHOWING_LEADERBOARD, Phase.PRESENTER_PAUSED);

    Room(UUID eventId, AsyncLock lock) {
        this.eventId = eventId;
        this.lock = lock;
    }

    /** Whether nothing holds the room in memory: no socket, no write in flight, and its event ended or idled. */
    boolean evictable(long nowNanos, long idleNanos) {
        return sockets.isEmpty() && observers.isEmpty() && writes.inFlight() == 0 && lock.waiting() == 0
                && ("finished".equals(eventStatus) || nowNanos - lastActivityNanos > idleNanos);
    }

    public UUID eventId() {
        return eventId;
    }

    RoundQuestion openQuestion() {
        return questionIndex >= 0 && questionIndex < questions.size() ? questions.get(questionIndex) : null;
    }

    boolean questionIsOpen() {
        return phase == Phase.SHOWING_QUESTION && openQuestion() != null;
    }

    boolean paused() {
        return phase == Phase.PRESENTER_PAUSED;
    }

    boolean roundRunning() {
        return segmentId != null && RUNNING.contains(phase);
    }

    /** Adds a participant the room did not know; a known one is left as it is. */
    Member addMember(Member m) {
        Member known = members.putIfAbsent(m.participantId, m);
        if (known != null) {
            return known;
        }
        if (m.userId != null) {
            participantByUser.put(m.userId, m.participantId);
        }
        return m;
    }

    /** The participant of an account in this event, if it joined. */
    Member memberOfUser(UUID userId) {
        UUID pid = userId == null ? null : participantByUser.get(userId);
        return pid == null ? null : members.get(pid);
    }

    /** The host's own participant, if the host joined. */
    Member hostMember() {
        return memberOfUser(hostUserId);
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
        return onlineIds.size();
    }

    /** Whether at most {@code limit} players take part, without counting them when the room is clearly larger. */
    boolean playersAtMost(int limit) {
        // at most the host and the presenter are members without playing
        return members.size() <= limit || (members.size() <= limit + 2 && playerCount() <= limit);
    }

    Member memberByClientId(UUID clientId) {
        Member byAccount = memberOfUser(clientId);
        if (byAccount != null) {
            return byAccount;
        }
        Member byParticipant = members.get(clientId);
        return byParticipant != null && byParticipant.userId == null ? byParticipant : null;
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

    /** The sockets of the host and of the presenter (one when they are the same account). */
    List<WebSocketConnection> staff() {
        List<WebSocketConnection> staff = new ArrayList<>(2);
        Member host = hostMember();
        WebSocketConnection hostSocket = host == null ? null : sockets.get(host.participantId);
        if (hostSocket != null) {
            staff.add(hostSocket);
        }
        Member presenter = memberOfUser(presenterUserId);
        WebSocketConnection presenterSocket = presenter == null ? null : sockets.get(presenter.participantId);
        if (presenterSocket != null && presenterSocket != hostSocket) {
            staff.add(presenterSocket);
        }
        return staff;
    }

    /** Sets every member's round score from the stored segment scores (absent: zero). */
    void segmentScores(Map<UUID, long[]> stored) {
        for (Member m : members.values()) {
            long[] s = stored.get(m.participantId);
            m.segmentScore = s == null ? 0 : (int) s[0];
            m.segmentTimeMs = s == null ? 0 : s[1];
        }
    }

    /** Back to no game at all, before the stored state is loaded into the room. */
    void resetGame() {
        phase = Phase.NOT_STARTED;
        segmentId = null;
        segmentKind = null;
        segmentTitle = null;
        presenterName = null;
        presenterUserId = null;
        pendingPresenterId = null;
        questions = List.of();
        questionIndex = -1;
        openedAt = null;
        pausedReason = null;
        pausedPhase = null;
        remainingAtPauseMs = 0;
        zeroFilled = false;
        zeroFilling = null;
        clearAnswers();
        eligible.clear();
    }

    /** Forgets the answers of the open question, for the next one. */
    void clearAnswers() {
        answered.clear();
        points.clear();
        committedAnswers = 0;
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
