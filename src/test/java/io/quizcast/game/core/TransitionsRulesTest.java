package io.quizcast.game.core;

import static io.quizcast.game.core.Games.HOST;
import static io.quizcast.game.core.Games.PRESENTER;
import static io.quizcast.game.core.Games.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizcast.game.message.GameException;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.leaderboard.LeaderboardEntry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each transition of the game, valid and refused, without a database: the next game and what is told, or a refusal. */
class TransitionsRulesTest {

    private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final LeaderboardEntry ALEX = new LeaderboardEntry(1, null, UUID.randomUUID(), "Alex", null, 900,
            2_000, false, true);
    private static final Tops TOPS = new Tops(List.of(ALEX), List.of(ALEX));

    @Test
    void aQuestionOpensWithItsClockAndEndsAnyPause() {
        Step started = Transitions.roundStarted(Games.initial(), Games.round(3), 0, Games.settings());
        assertThat(started.game().phase()).as("set up, not yet open").isEqualTo(Phase.NOT_STARTED);
        assertThat(started.told()).containsExactly(new ServerMessage.GameStarted(started.game().segmentId(), 3));
        Step opened = Transitions.opened(started.game(), 0, T0);
        Game g = opened.game();
        assertThat(g.phase()).isEqualTo(Phase.SHOWING_QUESTION);
        assertThat(g.questionIndex()).isZero();
        assertThat(g.openedAt()).isEqualTo(T0);
        assertThat(g.questionIsOpen()).isTrue();
        assertThat(g.remainingMs(T0.plusSeconds(5))).isEqualTo(15_000);
        assertThat(g.remainingMs(T0.plusSeconds(25))).isZero();
        RoundQuestion q = g.openQuestion();
        assertThat(opened.told()).containsExactly(
                new ServerMessage.PhaseChanged("showing_question", 0, 3, g.segmentId()),
                new ServerMessage.Question(q.questionId(), q.playId(), 1, 3, "Q0", List.of("A0", "W0"), 20, T0,
                        T0.plusSeconds(20), "single", "standard", null, null));
        assertThatThrownBy(() -> Transitions.opened(g, 3, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void revealThenLeaderboardThenNext() {
        Game shown = Games.showing(2);
        RoundQuestion q = shown.openQuestion();
        Step revealed = Transitions.revealed(shown, List.of("A0", "W0", "A0", ""), TOPS);
        assertThat(revealed.game().phase()).isEqualTo(Phase.REVEALING_ANSWER);
        assertThat(revealed.told()).containsExactly(
                new ServerMessage.PhaseChanged("revealing_answer", 0, 2, shown.segmentId()),
                new ServerMessage.Reveal(q.questionId(), q.playId(), 1, "Q0", "A0", List.of(
                        new ServerMessage.DistributionEntry("A0", 2, 66.7, true),
                        new ServerMessage.DistributionEntry("W0", 1, 33.3, false)), List.of(ALEX), List.of(ALEX),
                        "single", List.of("A0"), 2, null, null, null));
        assertRefused(() -> Transitions.revealed(revealed.game(), List.of(), TOPS), "invalid_phase");
        Step board = Transitions.leaderboardShown(revealed.game(), TOPS);
        assertThat(board.game().phase()).isEqualTo(Phase.SHOWING_LEADERBOARD);
        assertThat(board.told()).containsExactly(
                new ServerMessage.PhaseChanged("showing_leaderboard", 0, 2, shown.segmentId()),
                new ServerMessage.Leaderboard(List.of(ALEX), List.of(ALEX)));
        assertRefused(() -> Transitions.leaderboardShown(shown, TOPS), "invalid_phase");
        assertThat(board.game().hasNextQuestion()).isTrue();
        Game second = Transitions.opened(board.game(), 1, T0.plusSeconds(30)).game();
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
        Game offered = Transitions.megaOffered(Transitions.roundEnded(g, TOPS).game(), EVENT, 5, List.of(), false)
                .game();
        Game mega = Transitions.opened(Transitions.megaStarted(offered,
                Games.round(UUID.randomUUID(), Round.Kind.MEGA, 2), EVENT).game(), 0, T0).game();
        assertThat(mega.presenterUserId()).as("the mega quiz has no presenter").isNull();
        assertRefused(() -> Transitions.requireStaff(mega, PRESENTER), "forbidden");
    }

    @Test
    void theRoundEndsIntoTheMegaQuizOfferOrTheNextRoundAndTheEventEndsOnItsPodium() {
        Game g = Transitions.revealed(Games.showing(1), List.of(), TOPS).game();
        Round round = g.round();
        Step complete = Transitions.roundEnded(g, TOPS);
        assertThat(complete.game().phase()).isEqualTo(Phase.SEGMENT_COMPLETE);
        assertThat(complete.game().questionIndex()).isEqualTo(-1);
        assertThat(complete.game().openedAt()).isNull();
        assertThat(complete.told()).containsExactly(new ServerMessage.GameEnded(round.segmentId()),
                new ServerMessage.PhaseChanged("segment_complete", null, 1, round.segmentId()),
                new ServerMessage.SegmentComplete(round.segmentId(), "Round", "Pat", List.of(ALEX), List.of(ALEX),
                        ALEX, ALEX));
        Step ready = Transitions.megaOffered(complete.game(), EVENT, 4, List.of(ALEX), true);
        assertThat(ready.game().phase()).isEqualTo(Phase.MEGA_QUIZ_READY);
        assertThat(ready.told()).containsExactly(
                new ServerMessage.PhaseChanged("mega_quiz_ready", null, 1, round.segmentId()),
                new ServerMessage.MegaQuizReady(EVENT, 4, List.of(ALEX), true, null));
        assertRefused(() -> Transitions.megaStarted(complete.game(), Games.round(1), EVENT), "invalid_phase");
        Round megaRound = Games.round(UUID.randomUUID(), Round.Kind.MEGA, 2);
        Step mega = Transitions.megaStarted(ready.game(), megaRound, EVENT);
        assertThat(mega.game().phase()).isEqualTo(Phase.MEGA_QUIZ);
        assertThat(mega.told()).containsExactly(new ServerMessage.MegaQuizStarted(EVENT, 2),
                new ServerMessage.PhaseChanged("mega_quiz", null, 2, megaRound.segmentId()));
        assertThatThrownBy(() -> Transitions.roundEnded(mega.game(), TOPS))
                .as("the mega quiz ends into the podium").isInstanceOf(IllegalArgumentException.class);
        Step done = Transitions.megaEnded(mega.game()).then(Transitions.eventCompleted(mega.game(), EVENT,
                List.of(ALEX), List.of()));
        assertThat(done.game().phase()).isEqualTo(Phase.EVENT_COMPLETE);
        assertThat(done.game().settings().eventStatus()).isEqualTo("finished");
        assertThat(done.told()).containsExactly(new ServerMessage.GameEnded(megaRound.segmentId()),
                new ServerMessage.PhaseChanged("event_complete", null, 2, megaRound.segmentId()),
                new ServerMessage.EventComplete(EVENT, List.of(ALEX), ALEX, List.of()));
    }

    @Test
    void aPauseStopsTheClockAndTheResumeGivesBackExactlyTheTimeLeft() {
        Game shown = Games.showing(2);
        Step paused = Transitions.paused(shown, PauseReason.PRESENTER_DISCONNECTED, T0.plusSeconds(8));
        assertThat(paused.game().phase()).isEqualTo(Phase.PRESENTER_PAUSED);
        assertThat(paused.game().pause()).isEqualTo(new Pause(PauseReason.PRESENTER_DISCONNECTED,
                Phase.SHOWING_QUESTION, 12_000));
        assertThat(paused.told()).containsExactly(
                new ServerMessage.PhaseChanged("presenter_paused", 0, 2, shown.segmentId()),
                new ServerMessage.PresenterPaused(PRESENTER, "Pat", shown.segmentId(), 0, 2,
                        "presenter_disconnected"));
        Step again = Transitions.paused(paused.game(), PauseReason.PRESENTER_DISCONNECTED, T0.plusSeconds(9));
        assertThat(again.game()).as("paused again for the same reason: nothing changes").isSameAs(paused.game());
        assertThat(again.told()).isEmpty();
        Step everyoneLeft = Transitions.paused(paused.game(), PauseReason.ALL_DISCONNECTED, T0.plusSeconds(9));
        assertThat(everyoneLeft.game().pause().reason()).isEqualTo(PauseReason.ALL_DISCONNECTED);
        assertThat(everyoneLeft.game().pause().remainingMs()).isEqualTo(12_000);
        assertThat(everyoneLeft.told()).as("the phase stays: only the new reason is told").containsExactly(
                new ServerMessage.PresenterPaused(PRESENTER, "Pat", shown.segmentId(), 0, 2, "all_disconnected"));

        Instant back = T0.plusSeconds(100);
        Step resumed = Transitions.resumed(everyoneLeft.game(), back);
        Game g = resumed.game();
        assertThat(g.phase()).isEqualTo(Phase.SHOWING_QUESTION);
        assertThat(g.pause()).isNull();
        assertThat(g.remainingMs(back)).isEqualTo(12_000);
        RoundQuestion q = g.openQuestion();
        assertThat(resumed.told()).containsExactly(
                new ServerMessage.PhaseChanged("showing_question", 0, 2, shown.segmentId()),
                new ServerMessage.Question(q.questionId(), q.playId(), 1, 2, "Q0", q.answers(), 20,
                        back.minusSeconds(8), back.plusSeconds(12), "single", "standard", null, null));
        Step notPaused = Transitions.resumed(g, back);
        assertThat(notPaused.game()).as("not paused: unchanged").isSameAs(g);
        assertThat(notPaused.told()).isEmpty();
    }

    @Test
    void aQuizThatWaitedForPlayersOpensItsQuestionAfresh() {
        Game waiting = Transitions.paused(Transitions.roundStarted(Games.initial(), Games.round(2), 0,
                Games.settings()).game(), PauseReason.NO_PARTICIPANTS, T0).game();
        assertThat(waiting.pause().from()).isEqualTo(Phase.NOT_STARTED);
        assertThat(Transitions.resumeReopens(waiting)).isTrue();
        Game resumed = Transitions.resumed(waiting, T0.plusSeconds(60)).game();
        assertThat(resumed.remainingMs(T0.plusSeconds(60))).isEqualTo(Games.LIMIT_S * 1000L);
    }

    @Test
    void whoEndsAPauseAndWhoseLeaveStartsOne() {
        Game shown = Games.showing(1);
        assertThat(Transitions.leavePauses(shown, false, false)).isNull();
        assertThat(Transitions.leavePauses(shown, false, true)).isEqualTo(PauseReason.PRESENTER_DISCONNECTED);
        assertThat(Transitions.leavePauses(shown, true, false)).isEqualTo(PauseReason.ALL_DISCONNECTED);
        assertThat(Transitions.leavePauses(Games.initial(), true, true)).as("no round runs").isNull();
        Game presenterAway = Transitions.paused(shown, PauseReason.PRESENTER_DISCONNECTED, T0).game();
        assertThat(Transitions.joinResumes(presenterAway, true, false)).isFalse();
        assertThat(Transitions.joinResumes(presenterAway, false, true)).isTrue();
        Game noPlayers = Transitions.paused(shown, PauseReason.NO_PARTICIPANTS, T0).game();
        assertThat(Transitions.joinResumes(noPlayers, false, false)).isFalse();
        assertThat(Transitions.joinResumes(noPlayers, true, false)).isTrue();
        assertThat(Transitions.joinResumes(Transitions.paused(shown, PauseReason.ALL_DISCONNECTED, T0).game(), false,
                false)).isTrue();
        assertThat(Transitions.joinResumes(shown, true, true)).as("not paused").isFalse();
    }

    @Test
    void presentersTakeTheirRounds() {
        Step selected = Transitions.presenterSelected(Games.initial(), PRESENTER, "Pat", true);
        Game g = selected.game();
        assertThat(g.pendingPresenterId()).isEqualTo(PRESENTER);
        assertThat(selected.told()).containsExactly(new ServerMessage.PresenterSelected(PRESENTER, "Pat", true));
        Round own = Games.round(0);
        Step presenting = Transitions.presentationStarted(g, own, PRESENTER, "Pat");
        assertThat(presenting.game().pendingPresenterId()).isNull();
        assertThat(presenting.game().segmentId()).isEqualTo(own.segmentId());
        assertThat(presenting.told())
                .containsExactly(new ServerMessage.PresentationStarted(own.segmentId(), PRESENTER, "Pat"));
        assertRefused(() -> Transitions.presentationStarted(Games.showing(1), own, PRESENTER, "Pat"),
                "invalid_phase");
        UUID other = UUID.randomUUID();
        Step handed = Transitions.presenterAssigned(presenting.game(), own.segmentId(), PRESENTER, other, other,
                "Sam");
        assertThat(handed.game().presenterUserId()).isEqualTo(other);
        assertThat(handed.game().presenterName()).isEqualTo("Sam");
        assertThat(handed.told())
                .containsExactly(new ServerMessage.PresenterChanged(PRESENTER, other, "Sam", own.segmentId()));
        UUID elsewhere = UUID.randomUUID();
        Step otherRound = Transitions.presenterAssigned(presenting.game(), elsewhere, null, other, other, "Sam");
        assertThat(otherRound.game()).as("another round's presenter").isSameAs(presenting.game());
        assertThat(otherRound.told()).as("still told: the console lists every round's presenter")
                .containsExactly(new ServerMessage.PresenterChanged(null, other, "Sam", elsewhere));
        assertRefused(() -> Transitions.segmentReopened(Games.showing(1), own), "invalid_phase");
        Step reopened = Transitions.segmentReopened(Transitions.roundEnded(Games.showing(1), TOPS).game(), own);
        assertThat(reopened.told())
                .containsExactly(new ServerMessage.PhaseChanged("not_started", null, 0, own.segmentId()));
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
        AnswerRules.Accepted fast = AnswerRules.check(g, false, ok, q.questionId(), AnswerShapes.Submitted.choice("A0"),
                T0.plusSeconds(2));
        assertThat(fast.correct()).isTrue();
        assertThat(fast.points()).isEqualTo(900);
        assertThat(AnswerRules.check(g, false, ok, q.questionId(), AnswerShapes.Submitted.choice("W0"), T0).points())
                .isZero();
        assertRefused(() -> AnswerRules.check(g, false, new AnswerRules.Player(false, true, false), q.questionId(),
                AnswerShapes.Submitted.choice("A0"), T0), "not_joined");
        assertRefused(() -> AnswerRules.check(Transitions.paused(g, PauseReason.ALL_DISCONNECTED, T0).game(), false, ok,
                q.questionId(), AnswerShapes.Submitted.choice("A0"), T0), "paused");
        assertRefused(() -> AnswerRules.check(g, true, ok, q.questionId(), AnswerShapes.Submitted.choice("A0"), T0),
                "no_question");
        assertRefused(() -> AnswerRules.check(g, false, ok, UUID.randomUUID(), AnswerShapes.Submitted.choice("A0"), T0),
                "stale");
        assertRefused(() -> AnswerRules.check(g, false, new AnswerRules.Player(true, false, false), q.questionId(),
                AnswerShapes.Submitted.choice("A0"), T0), "late_join");
        assertRefused(() -> AnswerRules.check(g, false, new AnswerRules.Player(true, true, true), q.questionId(),
                AnswerShapes.Submitted.choice("A0"), T0), "duplicate");
        assertRefused(
                () -> AnswerRules.check(g, false, ok, q.questionId(), AnswerShapes.Submitted.choice("A0"),
                        T0.plusMillis(20_501)),
                "too_late");
        assertThat(AnswerRules
                .check(g, false, ok, q.questionId(), AnswerShapes.Submitted.choice("A0"), T0.plusMillis(20_500))
                .points())
                .as("within the grace: the least points").isEqualTo(1);
        assertRefused(() -> AnswerRules.check(g, false, ok, q.questionId(), AnswerShapes.Submitted.choice("Z"), T0),
                "bad_message");
    }

    private static void assertRefused(Runnable transition, String code) {
        assertThatThrownBy(transition::run).isInstanceOfSatisfying(GameException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
