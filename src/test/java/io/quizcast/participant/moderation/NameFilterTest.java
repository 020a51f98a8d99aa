package io.quizcast.participant.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The name filter's rule, without a service: what it catches, and the names it must leave alone. */
class NameFilterTest {

    @Test
    void catchesBlockedWordsWrittenAnyWay() {
        for (String name : List.of("Shit", "sh1t happens", "$h!t", "F.U.C.K", "FuCk3r", "xxfaggotxx", "Putain",
                "ENCULÉ")) {
            assertThat(NameFilter.blocked(name, List.of())).as(name).isTrue();
        }
    }

    @Test
    void leavesNamesThatOnlyLookLikeOneAlone() {
        for (String name : List.of("Scunthorpe", "Dick Smith", "P155", "R2D2", "Agent 007", "Cassandra",
                "Constance", "Team 5")) {
            assertThat(NameFilter.blocked(name, List.of())).as(name).isFalse();
        }
    }

    @Test
    void theEventsOwnWordsCountToo() {
        assertThat(NameFilter.blocked("Pine Apple", List.of("pineapple"))).isTrue();
        assertThat(NameFilter.blocked("Ms Pineapple", List.of("Pineapple"))).isTrue();
        assertThat(NameFilter.blocked("Pine", List.of("pineapple", " "))).isFalse();
    }
}
