package io.quizcast.game.room;

import io.quizcast.game.message.ParticipantInfo;
import io.quizcast.participant.Participant;
import java.time.Instant;
import java.util.UUID;

/**
 * A participant as the Hub caches it; mutated only under its room's lock (a turn changes its own copies, see
 * {@link Room#draft()}).
 */
public final class Member {

    public final UUID participantId;
    public final UUID userId;
    public final Instant joinedAt;
    String displayName;
    String avatarUrl;
    String joinStatus;
    boolean lateJoiner;
    boolean host;
    boolean player;
    boolean online;
    boolean everConnected;
    // standings, kept with every stored answer (the database holds the same sums)
    int totalScore;
    long totalTimeMs;
    int segmentScore;
    long segmentTimeMs;
    // correct answers in a row (the streak bonus)
    int streak;
    // the hash of the participant's current session token, as stored; null: not known here (checked in the database)
    String tokenHash;

    public Member(Participant p) {
        this.participantId = p.id;
        this.userId = p.userId;
        this.displayName = p.displayName;
        this.avatarUrl = p.avatarUrl;
        this.joinStatus = p.joinStatus;
        this.lateJoiner = p.isLateJoiner;
        this.host = p.isHost;
        this.player = p.isPlayer;
        this.joinedAt = p.joinedAt;
        this.totalScore = p.totalScore;
        this.totalTimeMs = p.totalResponseTimeMs;
        this.streak = p.answerStreak;
        this.tokenHash = p.sessionTokenHash;
    }

    /** A copy for a turn's draft of the room (see {@link Room#draft()}). */
    Member(Member m) {
        this.participantId = m.participantId;
        this.userId = m.userId;
        this.displayName = m.displayName;
        this.avatarUrl = m.avatarUrl;
        this.joinStatus = m.joinStatus;
        this.lateJoiner = m.lateJoiner;
        this.host = m.host;
        this.player = m.player;
        this.joinedAt = m.joinedAt;
        this.online = m.online;
        this.everConnected = m.everConnected;
        this.totalScore = m.totalScore;
        this.totalTimeMs = m.totalTimeMs;
        this.segmentScore = m.segmentScore;
        this.segmentTimeMs = m.segmentTimeMs;
        this.streak = m.streak;
        this.tokenHash = m.tokenHash;
    }

    /** What may change of a participant who joins again: its name and its roles. */
    void refresh(Participant p) {
        displayName = p.displayName;
        player = p.isPlayer;
        host = p.isHost;
        tokenHash = p.sessionTokenHash;
    }

    /** Whether a session token of this hash is the participant's current one, as far as this room knows. */
    public boolean holdsToken(String hash) {
        return tokenHash != null && tokenHash.equals(hash);
    }

    /** The participant's token was replaced elsewhere: its next socket is checked in the database. */
    void forgetToken() {
        tokenHash = null;
    }

    void rename(String name) {
        displayName = name;
    }

    /** A participant waiting for the next round plays from the question that opens now. */
    public void activate() {
        if (Participant.WAITING_FOR_SEGMENT.equals(joinStatus)) {
            joinStatus = Participant.ACTIVE;
        }
    }

    public boolean active() {
        return Participant.ACTIVE.equals(joinStatus);
    }

    /** The event totals as stored (the room reads them again after a reload). */
    void totals(int score, long timeMs, int answerStreak) {
        totalScore = score;
        totalTimeMs = timeMs;
        streak = answerStreak;
    }

    public int streak() {
        return streak;
    }

    /** The streak after a stored answer, or 0 after a question not answered. */
    public void streak(int now) {
        streak = now;
    }

    void connected() {
        online = true;
        everConnected = true;
    }

    void disconnected() {
        online = false;
    }

    public boolean online() {
        return online;
    }

    /** Whether the participant connected before (a join now is a reconnection). */
    public boolean everConnected() {
        return everConnected;
    }

    public int totalScore() {
        return totalScore;
    }

    public int segmentScore() {
        return segmentScore;
    }

    /** Adds a stored answer's points and counted time to the event total and the round's score. */
    void scored(int points, long countedTimeMs) {
        totalScore += points;
        totalTimeMs += countedTimeMs;
        segmentScore += points;
        segmentTimeMs += countedTimeMs;
    }

    public UUID clientId() {
        return userId != null ? userId : participantId;
    }

    public UUID participantId() {
        return participantId;
    }

    public String displayName() {
        return displayName;
    }

    public ParticipantInfo info() {
        return new ParticipantInfo(clientId(), clientId(), participantId, displayName, avatarUrl, joinStatus,
                lateJoiner,
                host, joinedAt, online);
    }
}
