package io.quizcast.game.room;

import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.game.core.EventSettings;
import io.quizcast.game.core.Game;
import io.quizcast.game.message.ParticipantInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One event's live state: who is connected, who takes part, and the game. A cache in front of the database (which
 * holds everything a player was told); every field is read and written under {@link #lock}, which is never held
 * across I/O. A change that writes (a command, a pause) is a turn: one at a time per room ({@link #turns}), planned
 * on a {@link #draft()} taken under the lock, written outside it, and {@link #adopt adopted} under it after the
 * commit.
 */
public final class Room {

    public final UUID eventId;
    public final AsyncLock lock;
    // the room's turns: changes that write, one at a time, each across its own transaction (never under the lock)
    public final AsyncLock turns;
    // a turn is closing the open question (reveal, next, end): answers are refused from the moment it was planned
    private boolean closing;
    // how many times the room was (re)loaded: a turn planned before a reload does not adopt its draft over it
    private int loads;
    // false: read the room from the database before its next task (a failure that was not a rule's, a reload)
    private boolean loaded;
    // set under the lock when the Hub drops the room: a task that finds it set starts again on the new room
    private boolean evicted;
    private volatile long lastActivityNanos = System.nanoTime();
    // the epoch this process holds the event with (event_owners), set when the room is loaded; 0 before
    private long epoch;

    private final Map<UUID, Member> members = new LinkedHashMap<>();
    // when the members were last read from the database (joins over REST reach the room from there)
    private Instant membersSince;
    // participant id by account id, so the host's and the presenter's sockets are found in O(1)
    private final Map<UUID, UUID> participantByUser = new HashMap<>();
    // who is online, readable from any thread without the lock (REST routes ask)
    private final Set<UUID> onlineIds = ConcurrentHashMap.newKeySet();
    private final Map<UUID, WebSocketConnection> sockets = new HashMap<>();
    // sockets open on the event that did not join (yet): they hear what everyone hears
    private final Set<WebSocketConnection> observers = new HashSet<>();

    // the game: a value, swapped whole (after its commit) by the turn that changed it
    private Game game = Game.initial(new EventSettings(null, null, 0, 0, null));
    // the open question's answers (a turn's draft has its own copy)
    private QuestionAnswers answers = new QuestionAnswers();
    // answers of the open question that are reserved here and not yet committed or refused
    public final AnswerWrites writes = new AnswerWrites();
    public final Coalesced answerCount = new Coalesced();
    public final Coalesced participantCount = new Coalesced();
    // bumped when the answers are cleared or the round scores set, so adopt() knows whether a turn did either
    private int answersGeneration;
    private int scoresGeneration;

    Room(UUID eventId, AsyncLock lock, AsyncLock turns) {
        this.eventId = eventId;
        this.lock = lock;
        this.turns = turns;
    }

    /** Whether nothing holds the room in memory: no socket, no write in flight, and its event ended or idled. */
    boolean evictable(long nowNanos, long idleNanos) {
        return sockets.isEmpty() && observers.isEmpty() && writes.inFlight() == 0 && lock.waiting() == 0
                && turns.idle() && (game.settings().eventFinished()
                        || nowNanos - lastActivityNanos > idleNanos);
    }

    /**
     * A private copy for a turn (take it under the lock): the turn's flows read and change it freely while they
     * write, outside the lock, and nobody else sees it before {@link #adopt} (so nothing is seen before its commit).
     */
    public Room draft() {
        Room d = new Room(eventId, lock, turns);
        d.epoch = epoch;
        d.loaded = true;
        for (Member m : members.values()) {
            d.addMember(new Member(m));
        }
        d.membersSince = membersSince;
        d.onlineIds.addAll(onlineIds);
        d.sockets.putAll(sockets);
        d.observers.addAll(observers);
        d.game = game;
        d.answers = answers.copy();
        d.answersGeneration = answersGeneration;
        d.scoresGeneration = scoresGeneration;
        return d;
    }

    /**
     * Takes what a turn's draft changed, after its commit (under the lock): the game, the settings, the members it
     * added, activated or gave round scores, and who may answer. What others changed meanwhile stays: sockets and
     * presence (joins, leaves) and the answers stored during the turn (unless the turn moved to another question).
     */
    public void adopt(Room d) {
        membersSince = d.membersSince;
        boolean scores = d.scoresGeneration != scoresGeneration;
        for (Member dm : d.members.values()) {
            Member m = members.get(dm.participantId);
            if (m == null) {
                dm.online = onlineIds.contains(dm.participantId);
                addMember(dm);
            } else {
                m.joinStatus = dm.joinStatus;
                if (scores) {
                    m.segmentScore = dm.segmentScore;
                    m.segmentTimeMs = dm.segmentTimeMs;
                }
            }
        }
        scoresGeneration = d.scoresGeneration;
        game = d.game;
        answers.eligibleFrom(d.answers);
        if (d.answersGeneration != answersGeneration) {
            clearAnswers();
            answersGeneration = d.answersGeneration;
        }
    }

    public UUID eventId() {
        return eventId;
    }

    // -- the room's life: loaded, evicted, touched, and the turn closing its question

    /** Whether the room was read from the database and nothing since calls for reading it again. */
    public boolean loaded() {
        return loaded;
    }

    /** The room was read from the database (again): a turn planned before this does not adopt its draft. */
    public void markLoaded() {
        loaded = true;
        loads++;
    }

    /** The room must be read again before its next task (what it holds may predate a commit). */
    public void markStale() {
        loaded = false;
    }

    /** How many times the room was loaded (a turn compares it before and after its write). */
    public int loads() {
        return loads;
    }

    public boolean evicted() {
        return evicted;
    }

    /** The Hub dropped the room (under its lock): tasks that find it so start again on a new room. */
    void markEvicted() {
        evicted = true;
    }

    /** A task ran on the room now (an idle room is dropped after a while). */
    public void touch() {
        lastActivityNanos = System.nanoTime();
    }

    /** Whether a turn is closing the open question (answers are refused from the moment it was planned). */
    public boolean closing() {
        return closing;
    }

    public void closing(boolean closingQuestion) {
        closing = closingQuestion;
    }

    /** The epoch this process holds the event with (0 before the room is first loaded). */
    public long epoch() {
        return epoch;
    }

    public void epoch(long held) {
        epoch = held;
    }

    /** When the members were last read from the database (null before the first load). */
    public Instant membersSince() {
        return membersSince;
    }

    public void membersSince(Instant readAt) {
        membersSince = readAt;
    }

    public Game game() {
        return game;
    }

    /** The open question's answers. */
    public QuestionAnswers answers() {
        return answers;
    }

    /** The room's game is now {@code next} (on a room: after the commit that stored it; on a draft: at will). */
    public void game(Game next) {
        game = next;
    }

    public Member member(UUID participantId) {
        return members.get(participantId);
    }

    /** Every participant the room knows, in joining order (read under the lock). */
    public Collection<Member> members() {
        return Collections.unmodifiableCollection(members.values());
    }

    public int memberCount() {
        return members.size();
    }

    /** Adds a participant the room did not know; a known one is left as it is. */
    public Member addMember(Member m) {
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
    public Member hostMember() {
        return memberOfUser(game.hostUserId());
    }

    public boolean isPresenter(Member m) {
        return m != null && game.isPresenter(m.userId);
    }

    /** A player: joined, playing, and not the presenter of the running segment. */
    public boolean isPlayer(Member m) {
        return m != null && m.player && !isPresenter(m);
    }

    public List<Member> onlinePlayers() {
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

    public int onlineCount() {
        return onlineIds.size();
    }

    /** Whether the participant is connected (safe from any thread, without the lock). */
    public boolean isOnline(UUID participantId) {
        return onlineIds.contains(participantId);
    }

    // -- sockets

    /** A socket opened on the event: it hears what everyone hears until it joins. */
    public void observe(WebSocketConnection socket) {
        observers.add(socket);
    }

    public void unobserve(WebSocketConnection socket) {
        observers.remove(socket);
    }

    /**
     * The socket is now the member's (its previous one, if another, is returned for closing) and the member is
     * online.
     */
    public WebSocketConnection attach(Member member, WebSocketConnection socket) {
        WebSocketConnection previous = sockets.put(member.participantId, socket);
        observers.remove(socket);
        onlineIds.add(member.participantId);
        member.connected();
        return previous;
    }

    /** The participant's socket is gone: it is offline (its member, if known, is returned). */
    public Member detach(UUID participantId) {
        sockets.remove(participantId);
        onlineIds.remove(participantId);
        Member member = members.get(participantId);
        if (member != null) {
            member.disconnected();
        }
        return member;
    }

    /** Whether no participant is connected (observers aside). */
    public boolean nobodyConnected() {
        return sockets.isEmpty();
    }

    /** Whether at most {@code limit} players take part, without counting them when the room is clearly larger. */
    public boolean playersAtMost(int limit) {
        // at most the host and the presenter are members without playing
        return members.size() <= limit || (members.size() <= limit + 2 && playerCount() <= limit);
    }

    public Member memberByClientId(UUID clientId) {
        Member byAccount = memberOfUser(clientId);
        if (byAccount != null) {
            return byAccount;
        }
        Member byParticipant = members.get(clientId);
        return byParticipant != null && byParticipant.userId == null ? byParticipant : null;
    }

    public List<ParticipantInfo> infos() {
        List<ParticipantInfo> infos = new ArrayList<>(members.size());
        for (Member m : members.values()) {
            infos.add(m.info());
        }
        return infos;
    }

    // -- socket snapshots, taken under the lock and used outside it

    public List<WebSocketConnection> everyone() {
        List<WebSocketConnection> all = new ArrayList<>(sockets.values());
        all.addAll(observers);
        return all;
    }

    /** The sockets of the host and of the presenter (one when they are the same account). */
    public List<WebSocketConnection> staff() {
        List<WebSocketConnection> staff = new ArrayList<>(2);
        Member host = hostMember();
        WebSocketConnection hostSocket = host == null ? null : sockets.get(host.participantId);
        if (hostSocket != null) {
            staff.add(hostSocket);
        }
        Member presenter = memberOfUser(game.presenterUserId());
        WebSocketConnection presenterSocket = presenter == null ? null : sockets.get(presenter.participantId);
        if (presenterSocket != null && presenterSocket != hostSocket) {
            staff.add(presenterSocket);
        }
        return staff;
    }

    /** Sets every member's round score from the stored segment scores (absent: zero). */
    public void segmentScores(Map<UUID, RoundScore> stored) {
        scoresGeneration++;
        for (Member m : members.values()) {
            RoundScore s = stored.get(m.participantId);
            m.segmentScore = s == null ? 0 : s.score();
            m.segmentTimeMs = s == null ? 0 : s.timeMs();
        }
    }

    /** Back to no game at all (with the event's settings), before the stored state is loaded into the room. */
    public void resetGame(EventSettings settings) {
        game = Game.initial(settings);
        clearAnswers();
        answers.eligibleOnly();
    }

    /** Forgets the answers of the open question, for the next one. */
    public void clearAnswers() {
        answersGeneration++;
        answers.clear();
    }

    public boolean isStaff(Member m) {
        return game.isStaff(m.userId);
    }

    public List<WebSocketConnection> nonStaff() {
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

    public WebSocketConnection socketOf(UUID participantId) {
        return sockets.get(participantId);
    }
}
