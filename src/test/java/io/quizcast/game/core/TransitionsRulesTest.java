package io.quizcast.game.core;

import static io.quizcast.game.core.Games.HOST;
import static io.quizcast.game.core.Games.PRESENTER;
import static io.quizcast.game.core.Games.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizcast.game.message.GameException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each transition of the game, valid and refused, without a database: the next game, or a refusal. */
class TransitionsRulesTest {

    @Test
    void aQuestionOpensWithItsClockAndEndsAnyPause() {
        Game g = Games.showing(3);
        assertThat(g.phase()).isEqualTo(Phase.SHOWING_QUESTION);
        assertThat(g.questionIndex()).isZero();
        assertThat(g.openedAt()).isEqualTo(T0);
        assertThat(g.questionIsOpen()).isTrue();
        assertThat(g.remainingMs(T0.plusSeconds(5))).isEqualTo(15_000);
        assertThat(g.remainingMs(T0.plusSeconds(25))).isZero();
        assertThatThrownBy(() -> Transitions.opened(g, 3, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void revealThenLeaderboardThenNext() {
        Game shown = Games.showing(2);
        Game revealed = Transitions.revealed(shown);
        assertThat(revealed.phase()).isEqualTo(Phase.REVEALING_ANSWER);
        assertRefused(() -> Transitions.revealed(revealed), "invalid_phase");
        Game board = Transitions.leaderboardShown(revealed);
        assertThat(board.phase()).isEqualTo(Phase.SHOWING_LEADERBOARD);
        assertRefused(() -> Transitions.leaderboardShown(shown), "invalid_phase");
        assertThat(board.hasNextQuestion()).isTrue();
        Game second = Transitions.opened(board, 1, T0.plusSeconds(30));
        assertThat(second.openQuestion().position()).isEqualTo(1);
        assertThat(second.hasNextQuestion()).isFalse();
        assertThat(second.zeroFilled()).isFalse();
    }

    @Test
    void onlyTheStaffRunsARoundAndOnlyTheHostTheMegaQuiz() {
        Game g = Games.showing(1);
        Transitions.requireStaff(g, HOST);
        Transitions.requireStaff(g, PRESENTER);
        assertRefused(() -> Transitions.requireStaff(g, UUID.randomUUID()), "forbidden");
        assertRefused(() -> Transitions.requireStaff(g, null), "forbidden");
        Transitions.requireHost(g, HOST);
        assertRefused(() -> Transitions.requireHost(g, PRESENTER), "forbidden");
        Game mega = Transitions.opened(Transitions.megaStarted(Transitions.roundEnded(g, true),
                Games.round(UUID.randomUUID(), Round.Kind.MEGA, 2)), 0, T0);
        assertThat(mega.presenterUserId()).as("the mega quiz has no presenter").isNull();
        assertRefused(() -> Transitions.requireStaff(mega, PRESENTER), "forbidden");
    }

    @Test
    void theRoundEndsIntoTheMegaQuizOfferOrTheNextRoundAndTheEventEndsOnItsPodium() {
        Game g = Transitions.revealed(Games.showing(1));
        Game complete = Transitions.roundEnded(g, false);
        assertThat(complete.phase()).isEqualTo(Phase.SEGMENT_COMPLETE);
        assertThat(complete.questionIndex()).isEqualTo(-1);
        assertThat(complete.openedAt()).isNull();
        Game ready = Transitions.roundEnded(g, true);
        assertThat(ready.phase()).isEqualTo(Phase.MEGA_QUIZ_READY);
        assertRefused(() -> Transitions.megaStarted(complete, Games.round(1)), "invalid_phase");
        Game mega = Transitions.megaStarted(ready, Games.round(UUID.randomUUID(), Round.Kind.MEGA, 2));
        assertThat(mega.phase()).isEqualTo(Phase.MEGA_QUIZ);
        Game done = Transitions.eventCompleted(mega);
        assertThat(done.phase()).isEqualTo(Phase.EVENT_COMPLETE);
        assertThat(done.settings().eventStatus()).isEqualTo("finished");
    }

    @Test
    void aPauseStopsTheClockAndTheResumeGivesBackExactlyTheTimeLeft() {
        Game shown = Games.showing(2);
        Game paused = Transitions.paused(shown, PauseReason.PRESENTER_DISCONNECTED, T0.plusSeconds(8));
        assertThat(paused.phase()).isEqualTo(Phase.PRESENTER_PAUSED);
        assertThat(paused.pause()).isEqualTo(new Pause(PauseReason.PRESENTER_DISCONNECTED, Phase.SHOWING_QUESTION,
                12_000));
        assertThat(Transitions.paused(paused, PauseReason.PRESENTER_DISCONNECTED, T0.plusSeconds(9)))
                .as("paused again for the same reason: nothing changes").isSameAs(paused);
        Game everyoneLeft = Transitions.paused(paused, PauseReason.ALL_DISCONNECTED, T0.plusSeconds(9));
        assertThat(everyoneLeft.pause().reason()).isEqualTo(PauseReason.ALL_DISCONNECTED);
        assertThat(everyoneLeft.pause().remainingMs()).isEqualTo(12_000);

        Instant back = T0.plusSeconds(100);
        Game resumed = Transitions.resumed(everyoneLeft, back);
        assertThat(resumed.phase()).isEqualTo(Phase.SHOWING_QUESTION);
        assertThat(resumed.pause()).isNull();
        assertThat(resumed.remainingMs(back)).isEqualTo(12_000);
        assertThat(Transitions.resumed(resumed, back)).as("not paused: unchanged").isSameAs(resumed);
    }

    @Test
    void aQuizThatWaitedForPlayersOpensItsQuestionAfresh() {
        Game waiting = Transitions.paused(Transitions.roundStarted(Games.initial(), Games.round(2), 0,
                Games.settings()), PauseReason.NO_PARTICIPANTS, T0);
        assertThat(waiting.pause().from()).isEqualTo(Phase.NOT_STARTED);
        assertThat(Transitions.resumeReopens(waiting)).isTrue();
        Game resumed = Transitions.resumed(waiting, T0.plusSeconds(60));
        assertThat(resumed.remainingMs(T0.plusSeconds(60))).isEqualTo(Games.LIMIT_S * 1000L);
    }

    @Test
    void whoEndsAPauseAndWhoseLeaveStartsOne() {
        Game shown = Games.showing(1);
        assertThat(Transitions.leavePauses(shown, false, false)).isNull();
        assertThat(Transitions.leavePauses(shown, false, true)).isEqualTo(PauseReason.PRESENTER_DISCONNECTED);
        assertThat(Transitions.leavePauses(shown, true, false)).isEqualTo(PauseReason.ALL_DISCONNECTED);
        assertThat(Transitions.leavePauses(Games.initial(), true, true)).as("no round runs").isNull();
        Game presenterAway = Transitions.paused(shown, PauseReason.PRESENTER_DISCONNECTED, T0);
        assertThat(Transitions.joinResumes(presenterAway, true, false)).isFalse();
        assertThat(Transitions.joinResumes(presenterAway, false, true)).isTrue();
        Game noPlayers = Transitions.paused(shown, PauseReason.NO_PARTICIPANTS, T0);
        assertThat(Transitions.joinResumes(noPlayers, false, false)).isFalse();
        assertThat(Transitions.joinResumes(noPlayers, true, false)).isTrue();
        assertThat(Transitions.joinResumes(Transitions.paused(shown, PauseReason.ALL_DISCONNECTED, T0), false, false))
                .isTrue();
        assertThat(Transitions.joinResumes(shown, true, true)).as("not paused").isFalse();
    }

    @Test
    void presentersTakeTheirRounds() {
        Game g = Transitions.presenterSelected(Games.initial(), PRESENTER);
        assertThat(g.pendingPresenterId()).isEqualTo(PRESENTER);
        Round own = Games.round(0);
        Game presenting = Transitions.presentationStarted(g, own);
        assertThat(presenting.pendingPresenterId()).isNull();
        assertThat(presenting.segmentId()).isEqualTo(own.segmentId());
        assertRefused(() -> Transitions.presentationStarted(Games.showing(1), own), "invalid_phase");
        UUID other = UUID.randomUUID();
        Game handed = Transitions.presenterAssigned(presenting, own.segmentId(), other, "Sam");
        assertThat(handed.presenterUserId()).isEqualTo(other);
        assertThat(handed.presenterName()).isEqualTo("Sam");
        assertThat(Transitions.presenterAssigned(presenting, UUID.randomUUID(), other, "Sam"))
                .as("another round's presenter").isSameAs(presenting);
        assertRefused(() -> Transitions.segmentReopened(Games.showing(1), own), "invalid_phase");
    }

    @Test
    void playsOfOneQuestionInTwoRoundsHaveTheirOwnIds() {
        Round first = Games.round(1);
        Round mega = Games.round(UUID.randomUUID(), Round.Kind.MEGA, 1);
        RoundQuestion a = first.questions().get(0);
        RoundQuestion b = mega.questions().get(0);
        assertThat(a.questionId()).isEqualTo(b.questionId());
        assertThat(a.playId()).isNotEqualTo(b.playId());
        assertThat(RoundQuestion.of(first.segmentId(), 0, a.questionId(), "x", "y", a.answers(), 1).playId())
                .as("derived: every process names it the same").isEqualTo(a.playId());
    }

    @Test
    void anAnswerIsCheckedInTheContractsOrder() {
        Game g = Games.showing(1);
        RoundQuestion q = g.openQuestion();
        AnswerRules.Player ok = new AnswerRules.Player(true, true, false);
        AnswerRules.Accepted fast = AnswerRules.check(g, false, ok, q.questionId(), "A0", T0.plusSeconds(2));
        assertThat(fast.correct()).isTrue();
        assertThat(fast.points()).isEqualTo(900);
        assertThat(AnswerRules.check(g, false, ok, q.questionId(), "W0", T0).points()).isZero();
        assertRefused(() -> AnswerRules.check(g, false, new AnswerRules.Player(false, true, false), q.questionId(),
                "A0", T0), "not_joined");
        assertRefused(() -> AnswerRules.check(Transitions.paused(g, PauseReason.ALL_DISCONNECTED, T0), false, ok,
                q.questionId(), "A0", T0), "paused");
        assertRefused(() -> AnswerRules.check(g, true, ok, q.questionId(), "A0", T0), "no_question");
        assertRefused(() -> AnswerRules.check(g, false, ok, UUID.randomUUID(), "A0", T0), "stale");
        assertRefused(() -> AnswerRules.check(g, false, new AnswerRules.Player(true, false, false), q.questionId(),
                "A0", T0), "late_join");
        assertRefused(() -> AnswerRules.check(g, false, new AnswerRules.Player(true, true, true), q.questionId(),
                "A0", T0), "duplicate");
        assertRefused(() -> AnswerRules.check(g, false, ok, q.questionId(), "A0", T0.plusMillis(20_501)),
                "too_late");
        assertThat(AnswerRules.check(g, false, ok, q.questionId(), "A0", T0.plusMillis(20_500)).points())
                .as("within the grace: the least points").isEqualTo(1);
        assertRefused(() -> AnswerRules.check(g, false, ok, q.questionId(), "Z", T0), "bad_message");
    }

    private static void assertRefused(Runnable transition, String code) {
        assertThatThrownBy(transition::run).isInstanceOfSatisfying(GameException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
