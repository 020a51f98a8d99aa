package io.quizcast.game.room;

import io.quizcast.leaderboard.LeaderboardEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A room's rankings, computed in memory from the standings its members keep (the same order and shared ranks as
 * the REST leaderboards: score descending, then time ascending, then join time; players only).
 */
public final class Standings {

    /** A player and its rank (equal score and time share a rank). */
    public record Ranked(Member member, int rank) {
    }

    private static final Comparator<Member> BY_EVENT = Comparator.comparingInt((Member m) -> -m.totalScore)
            .thenComparingLong(m -> m.totalTimeMs).thenComparing(m -> m.joinedAt)
            .thenComparing(m -> m.participantId);
    private static final Comparator<Member> BY_SEGMENT = Comparator.comparingInt((Member m) -> -m.segmentScore)
            .thenComparingLong(m -> m.segmentTimeMs).thenComparing(m -> m.joinedAt)
            .thenComparing(m -> m.participantId);

    private Standings() {
    }

    public static List<Ranked> event(Collection<Member> members) {
        return rank(members, BY_EVENT, false, m -> false);
    }

    public static List<Ranked> segment(Collection<Member> members) {
        return rank(members, BY_SEGMENT, true, m -> false);
    }

    /** The round's ranking without {@code presenting}: a presenter does not play the round it presents. */
    public static List<Ranked> segment(Collection<Member> members, Predicate<Member> presenting) {
        return rank(members, BY_SEGMENT, true, presenting);
    }

    private static List<Ranked> rank(Collection<Member> members, Comparator<Member> order, boolean segment,
            Predicate<Member> left) {
        List<Member> players = new ArrayList<>(members.size());
        for (Member m : members) {
            if (m.player && !left.test(m)) {
                players.add(m);
            }
        }
        players.sort(order);
        List<Ranked> ranked = new ArrayList<>(players.size());
        for (int i = 0; i < players.size(); i++) {
            Member m = players.get(i);
            int rank = i + 1;
            if (i > 0) {
                Member before = players.get(i - 1);
                boolean tie = segment
                        ? before.segmentScore == m.segmentScore && before.segmentTimeMs == m.segmentTimeMs
                        : before.totalScore == m.totalScore && before.totalTimeMs == m.totalTimeMs;
                if (tie) {
                    rank = ranked.get(i - 1).rank();
                }
            }
            ranked.add(new Ranked(m, rank));
        }
        return ranked;
    }

    /** The first {@code n} of a ranking as leaderboard entries. */
    public static List<LeaderboardEntry> top(List<Ranked> ranking, int n, boolean segment) {
        List<LeaderboardEntry> top = new ArrayList<>(Math.min(n, ranking.size()));
        for (Ranked r : ranking.subList(0, Math.min(n, ranking.size()))) {
            Member m = r.member();
            top.add(new LeaderboardEntry(r.rank(), m.clientId(), m.participantId, m.displayName, m.avatarUrl,
                    segment ? m.segmentScore : m.totalScore, segment ? m.segmentTimeMs : m.totalTimeMs, m.lateJoiner,
                    m.online));
        }
        return top;
    }
}
