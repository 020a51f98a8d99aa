package io.quizcast.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizcast.game.core.Game;
import io.quizcast.game.core.Phase;
import io.quizcast.participant.Participant;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A turn's draft and its adoption: the room takes what the turn changed (the game, members it added or
 * activated, who may answer) and keeps what others changed while it wrote (presence, answers, names).
 */
class RoomDraftTest {

    @Test
    void aDraftIsPrivateUntilAdoptedAndTheAdoptionKeepsWhatOthersChangedMeanwhile() {
        Room room = room();
        Member a = room.addMember(member("A", Participant.WAITING_FOR_SEGMENT));
        Member b = room.addMember(member("B", Participant.ACTIVE));

        Room draft = room.draft();
        Game started = new Game(Phase.SHOWING_QUESTION, null, 0, Instant.now(), null, null, false,
                room.game().settings());
        draft.game(started);
        draft.member(a.participantId).activate();
        Member c = draft.addMember(member("C", Participant.ACTIVE));
        draft.answers().makeEligible(a.participantId);
        assertThat(room.game().phase()).as("the room before the adoption").isEqualTo(Phase.NOT_STARTED);
        assertThat(a.joinStatus).isEqualTo(Participant.WAITING_FOR_SEGMENT);

        // meanwhile, under the lock: B comes online, answers and is renamed
        b.connected();
        room.answers().reserve(b.participantId, "Yes");
        b.displayName = "Bea";

        room.adopt(draft);

        assertThat(room.game()).isSameAs(started);
        assertThat(a.joinStatus).as("activated by the turn").isEqualTo(Participant.ACTIVE);
        assertThat(room.member(c.participantId)).isSameAs(c);
        assertThat(room.answers().mayAnswer(a.participantId)).isTrue();
        assertThat(room.answers().eligibleCount()).isEqualTo(1);
        assertThat(b.online).isTrue();
        assertThat(b.displayName).isEqualTo("Bea");
        assertThat(room.answers().choices()).containsExactly("Yes");
        assertThat(room.answers().answerOf(b.participantId)).isEqualTo("Yes");
    }

    @Test
    void aTurnThatClearedTheAnswersOrSetTheRoundScoresHasTheRoomDoTheSame() {
        Room room = room();
        Member a = room.addMember(member("A", Participant.ACTIVE));
        room.answers().reserve(a.participantId, "Yes");
        a.segmentScore = 700;

        Room draft = room.draft();
        draft.clearAnswers();
        draft.segmentScores(Map.of(a.participantId, new RoundScore(200, 3000)));
        room.adopt(draft);

        assertThat(room.answers().choices()).isEmpty();
        assertThat(a.segmentScore).isEqualTo(200);

        // a turn that did neither leaves both as the room has them (an answer stored while it wrote)
        Room second = room.draft();
        room.answers().reserve(a.participantId, "No");
        a.segmentScore = 900;
        room.adopt(second);
        assertThat(room.answers().hasAnswered(a.participantId)).isTrue();
        assertThat(a.segmentScore).isEqualTo(900);
    }

    private static Room room() {
        return new Room(UUID.randomUUID(), new AsyncLock(10, Duration.ofSeconds(1)),
                new AsyncLock(10, Duration.ofSeconds(1)));
    }

    private static Member member(String name, String joinStatus) {
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.displayName = name;
        p.isPlayer = true;
        p.joinStatus = joinStatus;
        p.joinedAt = Instant.parse("2026-01-01T00:00:00Z");
        return new Member(p);
    }
}
