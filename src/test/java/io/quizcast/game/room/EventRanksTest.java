package io.quizcast.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizcast.participant.Participant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A room's kept standings answer a player's rank as counting every player ahead of it would: through scores, a
 * load's totals, role changes, arrivals and removals, and a reloaded member that is not the room's.
 */
class EventRanksTest {

    private final Random random = new Random(23);

    @Test
    void aPlayersRankIsOnePlusThePlayersAheadWhateverChanged() {
        Room room = new Room(UUID.randomUUID(), new AsyncLock(10, Duration.ofSeconds(1)),
                new AsyncLock(10, Duration.ofSeconds(1)));
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            members.add(room.addMember(member(i % 10 == 0 ? false : true)));
        }
        assertRanks(room, members);

        for (int step = 0; step < 2_000; step++) {
            Member m = members.get(random.nextInt(members.size()));
            switch (random.nextInt(6)) {
                // few distinct values, so that equal totals and equal times (shared ranks) are common
                case 0, 1 -> room.scored(m, random.nextInt(3) * 500, random.nextInt(3) * 1_000L);
                case 2 -> room.totals(m, random.nextInt(4) * 500, random.nextInt(3) * 1_000L, 0);
                case 3 -> room.refresh(m, participant(m.participantId, random.nextBoolean()));
                case 4 -> {
                    room.remove(m.participantId);
                    members.remove(m);
                    members.add(room.addMember(member(random.nextBoolean())));
                }
                default -> {
                    // a member object the room does not hold (a turn's draft's copy): the room's standings ignore it
                    Member copy = new Member(m);
                    room.scored(copy, 1_000, 0);
                }
            }
            assertRanks(room, members);
        }
    }

    private static void assertRanks(Room room, List<Member> members) {
        for (Member you : members) {
            Integer expected = null;
            if (you.player) {
                int ahead = 0;
                for (Member m : members) {
                    if (m.player && (m.totalScore > you.totalScore
                            || (m.totalScore == you.totalScore && m.totalTimeMs < you.totalTimeMs))) {
                        ahead++;
                    }
                }
                expected = 1 + ahead;
            }
            assertThat(room.eventRankOf(you)).as(you.displayName).isEqualTo(expected);
        }
    }

    private Member member(boolean player) {
        return new Member(participant(UUID.randomUUID(), player));
    }

    private static Participant participant(UUID id, boolean player) {
        Participant p = new Participant();
        p.id = id;
        p.displayName = "P-" + id.toString().substring(0, 8);
        p.isPlayer = player;
        p.joinedAt = Instant.parse("2026-12-01T10:00:00Z");
        return p;
    }
}
