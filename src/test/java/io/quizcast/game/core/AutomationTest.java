package io.quizcast.game.core;

import static io.quizcast.game.core.Games.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizcast.game.message.ServerMessage;
import io.quizcast.question.PointsMode;
import io.quizcast.question.QuestionType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The game's own moves and the streak rule, as pure functions: reading time, auto-reveal, auto-advance. */
class AutomationTest {

    private static Game showing(PlaySettings play) {
        EventSettings s = Games.settings();
        EventSettings settings = new EventSettings(s.hostUserId(), s.eventStatus(), s.timePerQuestion(),
                s.numFakeAnswers(), s.singleSegmentMode(), play);
        Game started = Transitions.roundStarted(Game.initial(settings), Games.round(2), 0, settings).game();
        return Transitions.opened(started, 0, T0).game();
    }

    @Test
    void aReadingTimeShowsTheQuestionFirstAndOpensItsAnswersAfterIt() {
        EventSettings s = Games.settings();
        PlaySettings play = new PlaySettings(5, false, 0, false, true);
        EventSettings settings = new EventSettings(s.hostUserId(), s.eventStatus(), 20, 3, null, play);
        Game started = Transitions.roundStarted(Game.initial(settings), Games.round(2), 0, settings).game();
        Step shown = Transitions.opened(started, 0, T0);
        Game g = shown.game();
        assertThat(g.openedAt()).as("the deadline counts from when the answers open").isEqualTo(T0.plusSeconds(5));
        assertThat(shown.told()).hasSize(2).last().isInstanceOf(ServerMessage.QuestionPreview.class);
        ServerMessage.QuestionPreview preview = (ServerMessage.QuestionPreview) shown.told().get(1);
        assertThat(preview.answersOpenAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(g.reading(T0.plusSeconds(4))).isTrue();
        assertThat(g.remainingMs(T0.plusSeconds(1))).as("the whole time while reading").isEqualTo(20_000);
        assertThat(Automation.next(g, false, T0)).isEqualTo(new Automation.Due(Automation.Action.OPEN_ANSWERS,
                g.openQuestion().playId(), Phase.SHOWING_QUESTION, T0.plusSeconds(5), false));
        assertThatThrownBy(() -> Transitions.answersOpened(g, T0.plusSeconds(4)))
                .isInstanceOf(IllegalStateException.class);
        Step open = Transitions.answersOpened(g, T0.plusSeconds(5));
        assertThat(open.told()).containsExactly(Told.question(g));
        assertThat(Automation.next(g, false, T0.plusSeconds(5))).as("no auto-reveal: the host reveals").isNull();
        assertThat(AnswerRulesRefusal.code(() -> AnswerRules.check(g, false, new AnswerRules.Player(true, true,
                false), g.openQuestion().questionId(), AnswerShapes.Submitted.choice("A0"), T0.plusSeconds(4))))
                .isEqualTo("too_early");
    }

    @Test
    void autoRevealIsDueWhenTimeIsUpOrAtOnceWhenEveryoneAnswered() {
        Game g = showing(new PlaySettings(0, true, 0, false, true));
        Instant deadline = T0.plusSeconds(Games.LIMIT_S).plusMillis(Scoring.GRACE_MS);
        assertThat(Automation.next(g, false, T0.plusSeconds(3)).at()).isEqualTo(deadline);
        Automation.Due now = Automation.next(g, true, T0.plusSeconds(3));
        assertThat(now.action()).isEqualTo(Automation.Action.REVEAL);
        assertThat(now.at()).isEqualTo(T0);
        assertThat(now.sameAs(Automation.next(g, false, T0))).as("a new time replaces the planned reveal").isFalse();
        assertThat(now.stillFor(g)).isTrue();
        Game paused = Transitions.paused(g, PauseReason.PRESENTER_DISCONNECTED, T0.plusSeconds(3)).game();
        assertThat(Automation.next(paused, false, T0.plusSeconds(3))).as("nothing while paused").isNull();
        Game resumed = Transitions.resumed(paused, T0.plusSeconds(60)).game();
        Automation.Due later = Automation.next(resumed, false, T0.plusSeconds(60));
        assertThat(later.at()).as("the clock moved with the pause").isEqualTo(deadline.plusSeconds(57));
        assertThat(Automation.next(g, false, T0).stillFor(resumed)).isFalse();
    }

    @Test
    void autoAdvanceShowsTheLeaderboardAndThenTheNextQuestion() {
        Game g = showing(new PlaySettings(0, false, 8, false, true));
        assertThat(Automation.next(g, false, T0)).as("the reveal stays the host's").isNull();
        Tops none = new Tops(List.of(), List.of());
        Game revealed = Transitions.revealed(g, List.of(), none).game();
        Automation.Due board = Automation.next(revealed, false, T0.plusSeconds(10));
        assertThat(board.action()).isEqualTo(Automation.Action.SHOW_LEADERBOARD);
        assertThat(board.at()).isEqualTo(T0.plusSeconds(18));
        assertThat(board.sameAs(Automation.next(revealed, false, T0.plusSeconds(12))))
                .as("planned again later: the first time stands").isTrue();
        Game shown = Transitions.leaderboardShown(revealed, none).game();
        Automation.Due next = Automation.next(shown, false, T0.plusSeconds(20));
        assertThat(next.action()).isEqualTo(Automation.Action.NEXT);
        assertThat(next.stillFor(revealed)).isFalse();
        assertThat(Automation.next(Games.initial(), false, T0)).as("nothing between rounds").isNull();
    }

    @Test
    void aStreakGrowsWithEachCorrectAnswerEndsWithAWrongOneAndPollsLeaveIt() {
        RoundQuestion scored = Games.round(1).questions().get(0);
        RoundQuestion poll = RoundQuestion.of(Games.round(1).segmentId(), 0, scored.questionId(), "Poll", List.of(
                "a", "b"), 20, new AnswerKey(QuestionType.POLL, List.of(), null, 0), PointsMode.NONE, null);
        assertThat(Streaks.after(2, scored, true)).isEqualTo(3);
        assertThat(Streaks.after(2, scored, false)).isZero();
        assertThat(Streaks.after(2, poll, false)).isEqualTo(2);
        assertThat(List.of(1, 2, 3, 6, 9).stream().map(n -> Streaks.bonus(n, true)).toList())
                .containsExactly(0, 100, 200, 500, 500);
        assertThat(Streaks.bonus(4, false)).isZero();
        Game g = showing(new PlaySettings(0, false, 0, true, true));
        AnswerRules.Accepted third = AnswerRules.check(g, false, new AnswerRules.Player(true, true, false, 2),
                g.openQuestion().questionId(), AnswerShapes.Submitted.choice("A0"), T0);
        assertThat(third.streak()).isEqualTo(3);
        assertThat(third.bonus()).isEqualTo(200);
        assertThat(third.points()).isEqualTo(1200);
    }

    /** The code a refused answer has. */
    private static final class AnswerRulesRefusal {

        static String code(Runnable check) {
            try {
                check.run();
                return null;
            } catch (io.quizcast.game.message.GameException e) {
                return e.code();
            }
        }
    }
}
