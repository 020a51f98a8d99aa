package io.quizcast.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizcast.game.rules.Rankings;
import io.quizcast.leaderboard.LeaderboardEntry;
import io.quizcast.participant.Participant;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rankings in memory follow the leaderboards' rules: score down, time up, join time; shared ranks; players only. */
class StandingsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void ranksByScoreThenTimeThenJoinTimeAndSharesEqualRanks() {
        Member slow = member("Slow", 0, 800, 9_000);
        Member fast = member("Fast", 1, 800, 3_000);
        Member twin = member("Twin", 2, 800, 3_000);
        Member top = member("Top", 3, 950, 1_000);
        Member host = member("Host", 4, 0, 0);
        host.player = false;

        List<Standings.Ranked> ranking = Standings.event(List.of(slow, fast, twin, top, host));

        assertThat(ranking).extracting(r -> r.member().displayName, Standings.Ranked::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Top", 1),
                        org.assertj.core.groups.Tuple.tuple("Fast", 2), org.assertj.core.groups.Tuple.tuple("Twin", 2),
                        org.assertj.core.groups.Tuple.tuple("Slow", 4));
    }

    @Test
    void theSegmentRankingUsesTheRoundsScoresAndTheTopIsCut() {
        Member a = member("A", 0, 1_000, 0);
        Member b = member("B", 1, 0, 0);
        b.segmentScore = 500;
        a.segmentScore = 100;

        List<LeaderboardEntry> top = Standings.top(Standings.segment(List.of(a, b)), 1, true);

        assertThat(top).extracting(LeaderboardEntry::username, LeaderboardEntry::score, LeaderboardEntry::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B", 500, 1));
    }

    @Test
    void thePresenterOfTheRoundIsNotInItsRankingButStaysInTheEvents() {
        Member player = member("Ann", 0, 300, 0);
        Member presenter = member("Pat", 1, 900, 0);
        player.segmentScore = 300;

        assertThat(Standings.segment(List.of(player, presenter), m -> m == presenter))
                .extracting(r -> r.member().displayName).containsExactly("Ann");
        assertThat(Standings.event(List.of(player, presenter))).extracting(r -> r.member().displayName)
                .containsExactly("Pat", "Ann");
    }

    private static Member member(String name, int joinOrder, int score, long timeMs) {
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.displayName = name;
        p.isPlayer = true;
        p.joinedAt = T0.plusSeconds(joinOrder);
        p.totalScore = score;
        p.totalResponseTimeMs = timeMs;
        return new Member(p);
    }
}
