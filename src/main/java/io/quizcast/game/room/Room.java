package io.quizcast.game.room;

import io.quarkus.websockets.next.WebSocketConnection;
import io.quizcast.game.core.EventSettings;
import io.quizcast.game.core.Game;
import io.quizcast.game.core.PlaySettings;
import io.quizcast.game.message.ParticipantInfo;
import io.quizcast.participant.Participant;
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
    private Residency residency = new Residency();

    private final Map<UUID, Member> members = new LinkedHashMap<>();
    // the players' event standings, built for the first rank asked for and kept up to date after (null: not yet)
    private EventRanks ranks;
    // participant id by account id, so the host's and the presenter's sockets are found in O(1)
    private final Map<UUID, UUID> participantByUser = new HashMap<>();
    private RoomSockets sockets = new RoomSockets();

    // the game: a value, swapped whole (after its commit) by the turn that changed it
    private Game game = Game.initial(new EventSettings(null, null, 0, 0, null, PlaySettings.V1));
    // the open question's answers (a turn's draft has its own copy)
    private QuestionAnswers answers = new QuestionAnswers();
    // answers of the open question that are reserved here and not yet committed or refused
    public final AnswerWrites writes = new AnswerWrites();
    public final Coalesced answerCount = new Coalesced();
    public final Coalesced participantCount = new Coalesced();
    // bumped when the answers are cleared or the round scores set, so adopt() knows whether a turn did either
    private int answersGeneration;
    private int scoresGeneration;
    // the participants the organiser removed while the room was loaded: a turn's draft never brings them back
    private final Set<UUID> removed = new HashSet<>();
    // on a draft: the players whose streak the turn ended (they did not answer), for adopt() to end on the room
    private final Set<UUID> streaksEnded = new HashSet<>();
    // a round's quiz being generated, told again to a socket that opens before it is ready (a reloaded phone)
    private io.quizcast.game.message.ServerMessage.QuizGenerating preparing;

    Room(UUID eventId, AsyncLock lock, AsyncLock turns) {
        this.eventId = eventId;
        this.lock = lock;
        this.turns = turns;
    }

    /** Whether nothing holds the room in memory: no socket, no write in flight, and its event ended or idled. */
    boolean evictable(long nowNanos, long idleNanos) {
        return sockets.none() && writes.inFlight() == 0 && lock.waiting() == 0
                && turns.idle() && (game.settings().eventFinished() || residency.idleSince(nowNanos, idleNanos));
    }

    /**
     * A private copy for a turn (take it under the lock): the turn's flows read and change it freely while they
     * write, outside the lock, and nobody else sees it before {@link #adopt} (so nothing is seen before its commit).
     */
    public Room draft() {
        Room d = new Room(eventId, lock, turns);
        d.residency = residency.draft();
        for (Member m : members.values()) {
            d.addMember(new Member(m));
        }
        d.sockets = sockets.copy();
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
        residency.membersSince(d.residency.membersSince());
        boolean scores = d.scoresGeneration != scoresGeneration;
        for (Member dm : d.members.values()) {
            Member m = members.get(dm.participantId);
            if (m == null && removed.contains(dm.participantId)) {
                continue;
            }
            if (m == null) {
                dm.online = sockets.isOnline(dm.participantId);
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
        for (UUID pid : d.streaksEnded) {
            Member m = members.get(pid);
            if (m != null) {
                m.streak(0);
            }
        }
        game = d.game;
        answers.eligibleFrom(d.answers);
        if (d.answersGeneration != answersGeneration) {
            clearAnswers();
            answersGeneration = d.answersGeneration;
        }
    }

    /** These players did not answer a question that counts: their answer streaks end. */
    public void endStreaks(Collection<UUID> participantIds) {
        for (UUID pid : participantIds) {
            Member m = members.get(pid);
            if (m != null) {
                m.streak(0);
                streaksEnded.add(pid);
            }
        }
    }

    /** How this process holds the room: loaded, evicted, last used, its epoch. */
    public Residency residency() {
        return residency;
    }

    /** Whether a turn is closing the open question (answers are refused from the moment it was planned). */
    public boolean closing() {
        return closing;
    }

    public void closing(boolean closingQuestion) {
        closing = closingQuestion;
    }

    /** The quiz being generated for a round, or null. */
    public io.quizcast.game.message.ServerMessage.QuizGenerating preparing() {
        return preparing;
    }

    public void preparing(io.quizcast.game.message.ServerMessage.QuizGenerating quiz) {
        this.preparing = quiz;
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

    /** The participants but the host: the players the console lists (presenters play the other rounds). */
    public int listedPlayerCount() {
        return members.size() - (hostMember() != null ? 1 : 0);
    }

    /** Adds a participant the room did not know; a known one is left as it is. */
    public Member addMember(Member m) {
        Member known = members.putIfAbsent(m.participantId, m);
        if (known != null) {
            return known;
        }
        ranked(m);
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

    /** Who is connected: the participants' sockets, the observers, who is online. */
    public RoomSockets sockets() {
        return sockets;
    }

    /**
     * The socket is now the member's (its previous one, if another, is returned for closing) and the member is
     * online.
     */
    public WebSocketConnection attach(Member member, WebSocketConnection socket) {
        member.connected();
        return sockets.attach(member.participantId, socket);
    }

    /** The participant's socket is gone: it is offline (its member, if known, is returned). */
    /**
     * The organiser removed the participant: it leaves the room (its standings, the counts, who may answer the open
     * question), its socket is detached, and no turn's draft brings it back. Returns it, or null when not here.
     */
    public Member remove(UUID participantId) {
        removed.add(participantId);
        Member leaving = members.get(participantId);
        if (leaving != null) {
            unranked(leaving);
        }
        Member m = members.remove(participantId);
        if (m != null && m.userId != null) {
            participantByUser.remove(m.userId, participantId);
        }
        sockets.detach(participantId);
        answers.forget(participantId);
        return m;
    }

    public Member detach(UUID participantId) {
        sockets.detach(participantId);
        Member member = members.get(participantId);
        if (member != null) {
            member.disconnected();
        }
        return member;
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

    /**
     * A player's event rank (null for a participant who does not play): 1 + the players ahead of it (a higher
     * total, or the same total in less time), as the leaderboards' rank() counts it.
     */
    public Integer eventRankOf(Member you) {
        if (!you.player) {
            return null;
        }
        if (ranks == null) {
            ranks = EventRanks.of(members.values());
        }
        return ranks.rankOf(EventRanks.key(you));
    }

    /** The member's answer was stored: its event total grows (its standing with it). */
    public void scored(Member m, int points, long countedTimeMs) {
        unranked(m);
        m.scored(points, countedTimeMs);
        ranked(m);
    }

    /** The member's stored totals (a load). */
    public void totals(Member m, int score, long timeMs, int answerStreak) {
        unranked(m);
        m.totals(score, timeMs, answerStreak);
        ranked(m);
    }

    /** What may change of a participant who joins again (its name, its roles). */
    public void refresh(Member m, Participant p) {
        unranked(m);
        m.refresh(p);
        ranked(m);
    }

    // the standings follow a member of this room only (a turn's draft or a room loaded again keeps its own)
    private void unranked(Member m) {
        if (ranks != null && m.player && members.get(m.participantId) == m) {
            ranks.remove(EventRanks.key(m));
        }
    }

    private void ranked(Member m) {
        if (ranks != null && m.player && members.get(m.participantId) == m) {
            ranks.add(EventRanks.key(m));
        }
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
}
