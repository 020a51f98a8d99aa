package io.quizcast.game.room;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The open question's answers, in a room: who may answer it, who answered (reserved while the answer is written,
 * then stored), each stored answer's points, and whether all_answered was sent. Read and changed under the room's
 * lock, like the room.
 */
public final class QuestionAnswers {

    private final Set<UUID> eligible = new HashSet<>();
    // reserved or stored: a second answer of the same player is a duplicate from the moment the first is reserved
    private final Map<UUID, String> answered = new HashMap<>();
    private final Set<UUID> stored = new HashSet<>();
    // the delta of scores_update
    private final Map<UUID, Integer> points = new HashMap<>();
    // the streak bonus within those points
    private final Map<UUID, Integer> bonus = new HashMap<>();
    // whether each stored answer was right
    private final Map<UUID, Boolean> correct = new HashMap<>();
    private int storedCount;
    private boolean allAnsweredSent;

    /** A copy for a turn's draft of the room. */
    QuestionAnswers copy() {
        QuestionAnswers c = new QuestionAnswers();
        c.eligible.addAll(eligible);
        c.answered.putAll(answered);
        c.stored.addAll(stored);
        c.points.putAll(points);
        c.bonus.putAll(bonus);
        c.correct.putAll(correct);
        c.storedCount = storedCount;
        c.allAnsweredSent = allAnsweredSent;
        return c;
    }

    /** Forgets every answer (for the next question); who may answer is set apart ({@link #eligibleOnly}). */
    void clear() {
        answered.clear();
        stored.clear();
        points.clear();
        bonus.clear();
        correct.clear();
        storedCount = 0;
        allAnsweredSent = false;
    }

    /** Who may answer becomes exactly those of {@code other} (a turn's draft, once adopted). */
    void eligibleFrom(QuestionAnswers other) {
        eligible.clear();
        eligible.addAll(other.eligible);
    }

    /** Nobody may answer until {@link #makeEligible} says so. */
    public void eligibleOnly() {
        eligible.clear();
    }

    /**
     * A removed player leaves the question: it no longer counts among who may answer, nor its answer in the live
     * counts and the reveal (the stored row stays in the results).
     */
    public void forget(UUID participantId) {
        eligible.remove(participantId);
        answered.remove(participantId);
        if (stored.remove(participantId)) {
            storedCount--;
        }
        points.remove(participantId);
        bonus.remove(participantId);
        correct.remove(participantId);
    }

    public void makeEligible(UUID participantId) {
        eligible.add(participantId);
    }

    public boolean mayAnswer(UUID participantId) {
        return eligible.contains(participantId);
    }

    public int eligibleCount() {
        return eligible.size();
    }

    public boolean hasAnswered(UUID participantId) {
        return answered.containsKey(participantId);
    }

    /** The player's answer (reserved or stored), or null. */
    public String answerOf(UUID participantId) {
        return answered.get(participantId);
    }

    /** Reserves the answer: a second one from the player is a duplicate from now on. */
    public void reserve(UUID participantId, String answer) {
        answered.put(participantId, answer);
    }

    /** Its write failed: the reservation goes, so the player may send it again. */
    public void release(UUID participantId, String answer) {
        answered.remove(participantId, answer);
    }

    /**
     * The answer was stored with {@code awarded} points ({@code streakBonus} of them for the streak), right or not;
     * returns how many answers are stored now.
     */
    public int stored(UUID participantId, int awarded, int streakBonus, boolean right) {
        stored.add(participantId);
        points.put(participantId, awarded);
        bonus.put(participantId, streakBonus);
        correct.put(participantId, right);
        return ++storedCount;
    }

    /** An answer read back from the database (a reload): stored, and its player may answer this question. */
    public void restored(UUID participantId, String answer) {
        answered.put(participantId, answer);
        stored.add(participantId);
        eligible.add(participantId);
        storedCount = answered.size();
    }

    public int storedCount() {
        return storedCount;
    }

    public boolean isStored(UUID participantId) {
        return stored.contains(participantId);
    }

    public int pointsOf(UUID participantId) {
        return points.getOrDefault(participantId, 0);
    }

    public int bonusOf(UUID participantId) {
        return bonus.getOrDefault(participantId, 0);
    }

    /** Whether the player's stored answer was right; null when it gave none (after a reload: unknown). */
    public Boolean correctOf(UUID participantId) {
        return correct.get(participantId);
    }

    /** Every answer given, for the distribution (a zero-filled player gave none). */
    public Collection<String> choices() {
        return answered.values();
    }

    /** Who may answer and has not: the zero-fill's players. */
    public Set<UUID> missing() {
        Set<UUID> missing = new HashSet<>(eligible);
        missing.removeAll(answered.keySet());
        return missing;
    }

    /** Whether every online player of the question answered (all_answered was sent). */
    public boolean allAnswered() {
        return allAnsweredSent;
    }

    /** True the first time it is called for the question: all_answered is sent once. */
    public boolean firstAllAnswered() {
        if (allAnsweredSent) {
            return false;
        }
        allAnsweredSent = true;
        return true;
    }
}
