package io.quizcast.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A socket's unwritten sends: a player over the cap is a slow reader; a staff socket is let one more per member. */
class PendingSendsTest {

    @Test
    void theFirstSendOverTheCapOverflowsAndEveryLaterOneIsDropped() {
        PendingSends sends = new PendingSends();
        for (int i = 0; i < 3; i++) {
            assertThat(sends.admit(3)).isEqualTo(PendingSends.Admission.ADMITTED);
        }
        assertThat(sends.admit(3)).isEqualTo(PendingSends.Admission.OVERFLOWED);
        sends.done();
        assertThat(sends.admit(3)).as("once overflowed, the socket gets nothing more")
                .isEqualTo(PendingSends.Admission.DROPPED);
    }

    @Test
    void aStaffSocketMayHoldOneMoreSendPerMemberAndNeverLessThanItWasLet() {
        PendingSends sends = new PendingSends();
        sends.allow(10_000);
        sends.allow(5);
        for (int i = 0; i < 10_003; i++) {
            assertThat(sends.admit(3)).isEqualTo(PendingSends.Admission.ADMITTED);
        }
        assertThat(sends.admit(3)).isEqualTo(PendingSends.Admission.OVERFLOWED);
    }
}
