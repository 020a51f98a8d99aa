package io.quizcast.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What the sockets of every event saw for one question slot (the n-th question of each event's game). */
public final class QuestionStats {

    final int slot;
    /** {@code question_started_at} to receipt, at each socket. */
    final Latencies delivery = new Latencies();
    /** Per event, first to last receipt. */
    final Latencies spread = new Latencies();
    final AtomicLong firstStartMicros = new AtomicLong(Long.MAX_VALUE);
    final AtomicLong lastReceiptMicros = new AtomicLong(Long.MIN_VALUE);
    /** Host's {@code start_game} or {@code next_question} to each socket's {@code question}. */
    final Latencies afterCommand = new Latencies();
    /** Host's {@code reveal_answer} to each socket's {@code reveal}. */
    final Latencies reveal = new Latencies();
    /** Host's {@code show_leaderboard} to each socket's {@code leaderboard}. */
    final Latencies leaderboard = new Latencies();
    /** Player's {@code answer} to its {@code answer_received}. */
    final Latencies ack = new Latencies();
    final AtomicLong firstSentNanos = new AtomicLong(Long.MAX_VALUE);
    final AtomicLong lastAckNanos = new AtomicLong(Long.MIN_VALUE);
    final AtomicInteger answersSent = new AtomicInteger();
    final AtomicInteger answersAcked = new AtomicInteger();
    final AtomicInteger answersUnresolved = new AtomicInteger();
    final Map<String, AtomicInteger> rejected = new ConcurrentHashMap<>();
    final AtomicInteger questionMissing = new AtomicInteger();
    final AtomicInteger questionDuplicated = new AtomicInteger();
    final AtomicInteger revealMissing = new AtomicInteger();
    final AtomicInteger leaderboardMissing = new AtomicInteger();
    final AtomicInteger scoresUpdateMissing = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();

    QuestionStats(int slot) {
        this.slot = slot;
    }

    void delivered(long startedMicros, long receivedMicros) {
        delivery.add(Math.max(0, receivedMicros - startedMicros));
        firstStartMicros.accumulateAndGet(startedMicros, Math::min);
        lastReceiptMicros.accumulateAndGet(receivedMicros, Math::max);
    }

    /** Deliveries per second: every receipt, over the time from the first question sent to the last receipt. */
    double deliveriesPerSecond() {
        long span = lastReceiptMicros.get() - firstStartMicros.get();
        return span <= 0 ? Double.NaN : delivery.count() / (span / 1e6);
    }

    /** Acknowledgements per second: every ack, over the time from the first answer sent to the last ack. */
    double acksPerSecond() {
        long span = lastAckNanos.get() - firstSentNanos.get();
        return span <= 0 ? Double.NaN : answersAcked.get() / (span / 1e9);
    }

    int rejectedTotal() {
        return rejected.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
