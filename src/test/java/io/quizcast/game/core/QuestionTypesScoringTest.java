package io.quizcast.game.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.question.PointsMode;
import io.quizcast.question.QuestionType;
import io.quizcast.question.Slider;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each question type's scoring rule, answer shape and reveal, as pure functions (docs/decisions.md). */
class QuestionTypesScoringTest {

    private static final long LIMIT = 20_000;
    private static final UUID SEGMENT = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    private static RoundQuestion question(QuestionType type, List<String> offered, AnswerKey key, PointsMode points) {
        return RoundQuestion.of(SEGMENT, 0, UUID.randomUUID(), "Q?", offered, 20, key, points, "Because.");
    }

    private static Scoring.Scored score(RoundQuestion q, Given given, long elapsed) {
        return Scoring.score(q.key(), q.points(), given, LIMIT, elapsed);
    }

    private static final Slider SCALE = new Slider(new BigDecimal("0"), new BigDecimal("100"), new BigDecimal("5"),
            new BigDecimal("40"), new BigDecimal("20"));

    @Test
    void singleAndTrueFalseScoreTheContractsSpeedPointsWhenRight() {
        RoundQuestion single = question(QuestionType.SINGLE, List.of("A", "B"), AnswerKey.single("A"),
                PointsMode.STANDARD);
        assertThat(score(single, new Given.Choice("A"), 5_000)).isEqualTo(new Scoring.Scored(true, 750));
        assertThat(score(single, new Given.Choice("B"), 5_000)).isEqualTo(new Scoring.Scored(false, 0));
        RoundQuestion tf = question(QuestionType.TRUE_FALSE, List.of("True", "False"),
                new AnswerKey(QuestionType.TRUE_FALSE, List.of("False"), null, 0), PointsMode.STANDARD);
        assertThat(score(tf, new Given.Choice("False"), 0)).isEqualTo(new Scoring.Scored(true, 1000));
        assertThat(score(tf, new Given.Choice("True"), 0).points()).isZero();
    }

    @Test
    void doubleDoublesAndNoneScoresNothingButStaysCorrect() {
        AnswerKey key = AnswerKey.single("A");
        assertThat(score(question(QuestionType.SINGLE, List.of("A", "B"), key, PointsMode.DOUBLE),
                new Given.Choice("A"), 5_000)).isEqualTo(new Scoring.Scored(true, 1500));
        assertThat(score(question(QuestionType.SINGLE, List.of("A", "B"), key, PointsMode.NONE),
                new Given.Choice("A"), 5_000)).isEqualTo(new Scoring.Scored(true, 0));
    }

    @Test
    void multipleScoresOnlyTheExactSet() {
        RoundQuestion q = question(QuestionType.MULTIPLE, List.of("A", "B", "C", "D"),
                new AnswerKey(QuestionType.MULTIPLE, List.of("A", "C"), null, 0), PointsMode.STANDARD);
        assertThat(score(q, new Given.Choices(List.of("C", "A")), 0)).isEqualTo(new Scoring.Scored(true, 1000));
        assertThat(score(q, new Given.Choices(List.of("A")), 0)).as("half right").isEqualTo(
                new Scoring.Scored(false, 0));
        assertThat(score(q, new Given.Choices(List.of("A", "B", "C")), 0)).as("one too many")
                .isEqualTo(new Scoring.Scored(false, 0));
    }

    @Test
    void typeAnswerFoldsCaseAccentsAndSpacesAndForgivesOneTypoFromFiveCharacters() {
        AnswerKey key = new AnswerKey(QuestionType.TYPE_ANSWER, List.of("Zürich", "Mont Blanc", "Ulm"), null, 1);
        RoundQuestion q = question(QuestionType.TYPE_ANSWER, List.of(), key, PointsMode.STANDARD);
        assertThat(score(q, new Given.Typed("  ZURICH "), 0).correct()).isTrue();
        assertThat(score(q, new Given.Typed("mont   blanc"), 0).correct()).isTrue();
        assertThat(score(q, new Given.Typed("Zurch"), 0).correct()).as("one letter missing").isTrue();
        assertThat(score(q, new Given.Typed("Zuirch"), 0).correct()).as("two neighbours swapped").isTrue();
        assertThat(score(q, new Given.Typed("Zarech"), 0).correct()).as("two edits").isFalse();
        assertThat(score(q, new Given.Typed("Ulp"), 0).correct()).as("short answers must be exact").isFalse();
        assertThat(score(q, new Given.Typed("ulm"), 0).correct()).isTrue();
        AnswerKey exact = new AnswerKey(QuestionType.TYPE_ANSWER, List.of("Zürich"), null, 0);
        assertThat(score(question(QuestionType.TYPE_ANSWER, List.of(), exact, PointsMode.STANDARD),
                new Given.Typed("Zurch"), 0).correct()).as("tolerance 0").isFalse();
        assertThat(TextMatch.fold("STRASSE")).isEqualTo(TextMatch.fold("Straße"));
    }

    @Test
    void aPollScoresNothingForAnyone() {
        RoundQuestion q = question(QuestionType.POLL, List.of("Tea", "Coffee"),
                new AnswerKey(QuestionType.POLL, List.of(), null, 0), PointsMode.NONE);
        assertThat(score(q, new Given.Choice("Tea"), 0)).isEqualTo(new Scoring.Scored(false, 0));
    }

    @Test
    void aSliderScoresFullAtTheValueFallingLinearlyToNothingAtTheTolerance() {
        RoundQuestion q = question(QuestionType.SLIDER, List.of(),
                new AnswerKey(QuestionType.SLIDER, List.of(), SCALE, 0), PointsMode.STANDARD);
        assertThat(score(q, new Given.Number(new BigDecimal("40")), 0)).isEqualTo(new Scoring.Scored(true, 1000));
        assertThat(score(q, new Given.Number(new BigDecimal("50")), 0)).as("half the tolerance off")
                .isEqualTo(new Scoring.Scored(true, 500));
        assertThat(score(q, new Given.Number(new BigDecimal("25")), 10_000)).as("15 off, at half time")
                .isEqualTo(new Scoring.Scored(true, 125));
        assertThat(score(q, new Given.Number(new BigDecimal("60")), 0)).as("at the tolerance")
                .isEqualTo(new Scoring.Scored(false, 0));
        assertThat(score(q, new Given.Number(new BigDecimal("90")), 0)).isEqualTo(new Scoring.Scored(false, 0));
    }

    @Test
    void anOrderingScoresOnlyTheExactOrder() {
        RoundQuestion q = question(QuestionType.ORDERING, List.of("3", "1", "2"),
                new AnswerKey(QuestionType.ORDERING, List.of("1", "2", "3"), null, 0), PointsMode.STANDARD);
        assertThat(score(q, new Given.Order(List.of("1", "2", "3")), 0)).isEqualTo(new Scoring.Scored(true, 1000));
        assertThat(score(q, new Given.Order(List.of("2", "1", "3")), 0)).as("two swapped")
                .isEqualTo(new Scoring.Scored(false, 0));
    }

    @Test
    void eachTypeTakesItsOwnShapeAndRefusesAnother() {
        RoundQuestion multiple = question(QuestionType.MULTIPLE, List.of("A", "B", "C"),
                new AnswerKey(QuestionType.MULTIPLE, List.of("A", "B"), null, 0), PointsMode.STANDARD);
        assertThat(AnswerShapes.read(multiple, new AnswerShapes.Submitted(null, List.of("B", "A"), null, null)))
                .as("kept in the offered order").isEqualTo(new Given.Choices(List.of("A", "B")));
        assertBad(multiple, AnswerShapes.Submitted.choice("A"), "selected_answers");
        assertBad(multiple, new AnswerShapes.Submitted(null, List.of("A", "A"), null, null), "twice");
        assertBad(multiple, new AnswerShapes.Submitted(null, List.of("Z"), null, null), "not offered");

        RoundQuestion slider = question(QuestionType.SLIDER, List.of(),
                new AnswerKey(QuestionType.SLIDER, List.of(), SCALE, 0), PointsMode.STANDARD);
        assertThat(AnswerShapes.read(slider, new AnswerShapes.Submitted(null, null, new BigDecimal("45.0000000001"),
                null))).as("a client's rounding lands on the step").isEqualTo(new Given.Number(new BigDecimal("45")));
        assertBad(slider, new AnswerShapes.Submitted(null, null, new BigDecimal("42"), null), "steps");
        assertBad(slider, new AnswerShapes.Submitted(null, null, new BigDecimal("105"), null), "from 0 to 100");
        assertBad(slider, AnswerShapes.Submitted.choice("40"), "value");

        RoundQuestion ordering = question(QuestionType.ORDERING, List.of("b", "a", "c"),
                new AnswerKey(QuestionType.ORDERING, List.of("a", "b", "c"), null, 0), PointsMode.STANDARD);
        assertBad(ordering, new AnswerShapes.Submitted(null, null, null, List.of("a", "b")), "every offered item");
        assertBad(ordering, new AnswerShapes.Submitted(null, null, null, List.of("a", "a", "b")),
                "every offered item");

        RoundQuestion typed = question(QuestionType.TYPE_ANSWER, List.of(),
                new AnswerKey(QuestionType.TYPE_ANSWER, List.of("Ulm"), null, 1), PointsMode.STANDARD);
        assertThat(AnswerShapes.read(typed, AnswerShapes.Submitted.choice("  Ulm  ")))
                .isEqualTo(new Given.Typed("Ulm"));
        assertBad(typed, AnswerShapes.Submitted.choice("   "), "not blank");
        assertBad(typed, AnswerShapes.Submitted.choice("x".repeat(AnswerShapes.MAX_TYPED + 1)), "at most");
    }

    private static void assertBad(RoundQuestion q, AnswerShapes.Submitted s, String says) {
        assertThatThrownBy(() -> AnswerShapes.read(q, s)).isInstanceOfSatisfying(GameException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCodes.BAD_MESSAGE);
            assertThat(e.getMessage()).contains(says);
        });
    }

    @Test
    void eachTypeRevealsItsOwnShape() {
        Tops none = new Tops(List.of(), List.of());
        RoundQuestion multiple = question(QuestionType.MULTIPLE, List.of("A", "B", "C"),
                new AnswerKey(QuestionType.MULTIPLE, List.of("A", "B"), null, 0), PointsMode.STANDARD);
        ServerMessage.Reveal m = Reveals.reveal(multiple,
                List.of("[\"A\",\"B\"]", "[\"A\"]", "[\"C\"]", ""), none);
        assertThat(m.distribution()).containsExactly(
                new ServerMessage.DistributionEntry("A", 2, 66.7, true),
                new ServerMessage.DistributionEntry("B", 1, 33.3, true),
                new ServerMessage.DistributionEntry("C", 1, 33.3, false));
        assertThat(m.correctAnswers()).containsExactly("A", "B");
        assertThat(m.correctCount()).isEqualTo(1);
        assertThat(m.correctAnswer()).isEqualTo("A, B");
        assertThat(m.explanation()).isEqualTo("Because.");

        RoundQuestion typed = question(QuestionType.TYPE_ANSWER, List.of(),
                new AnswerKey(QuestionType.TYPE_ANSWER, List.of("Paris"), null, 1), PointsMode.STANDARD);
        ServerMessage.Reveal t = Reveals.reveal(typed, List.of("Paris", "paris", "Pari", "Lyon"), none);
        assertThat(t.distribution()).first().isEqualTo(new ServerMessage.DistributionEntry("Paris", 2, 50.0, true));
        assertThat(t.distribution()).contains(new ServerMessage.DistributionEntry("Pari", 1, 25.0, true),
                new ServerMessage.DistributionEntry("Lyon", 1, 25.0, false));
        assertThat(t.correctCount()).isEqualTo(3);

        RoundQuestion slider = question(QuestionType.SLIDER, List.of(),
                new AnswerKey(QuestionType.SLIDER, List.of(), SCALE, 0), PointsMode.STANDARD);
        ServerMessage.Reveal s = Reveals.reveal(slider, List.of("40", "45", "0", "100"), none);
        // 21 values of 5: seven bars of three values each
        assertThat(s.histogram()).hasSize(7);
        assertThat(s.histogram().get(2)).isEqualTo(
                new ServerMessage.HistogramBar(new BigDecimal("30"), new BigDecimal("40"), 1, true));
        assertThat(s.histogram().get(3)).isEqualTo(
                new ServerMessage.HistogramBar(new BigDecimal("45"), new BigDecimal("55"), 1, false));
        assertThat(s.histogram().get(0).count()).isEqualTo(1);
        assertThat(s.histogram().get(6)).as("max falls in the last bar")
                .isEqualTo(new ServerMessage.HistogramBar(new BigDecimal("90"), new BigDecimal("100"), 1, false));
        assertThat(s.correctAnswers()).containsExactly("40");
        assertThat(s.correctCount()).as("40 and 45 are within 20").isEqualTo(2);
        assertThat(s.distribution()).isEmpty();

        RoundQuestion ordering = question(QuestionType.ORDERING, List.of("b", "a", "c"),
                new AnswerKey(QuestionType.ORDERING, List.of("a", "b", "c"), null, 0), PointsMode.STANDARD);
        ServerMessage.Reveal o = Reveals.reveal(ordering, List.of("[\"a\",\"b\",\"c\"]", "[\"b\",\"a\",\"c\"]"),
                none);
        assertThat(o.correctAnswers()).containsExactly("a", "b", "c");
        assertThat(o.correctAnswer()).isEqualTo("a → b → c");
        assertThat(o.correctCount()).isEqualTo(1);

        RoundQuestion poll = question(QuestionType.POLL, List.of("Tea", "Coffee"),
                new AnswerKey(QuestionType.POLL, List.of(), null, 0), PointsMode.NONE);
        ServerMessage.Reveal p = Reveals.reveal(poll, List.of("Tea", "Tea", "Coffee"), none);
        assertThat(p.correctAnswer()).isNull();
        assertThat(p.distribution()).extracting(ServerMessage.DistributionEntry::count).containsExactly(2, 1);
        assertThat(p.distribution()).noneMatch(ServerMessage.DistributionEntry::isCorrect);
    }

    @Test
    void barsOfAWideScaleShareNoValue() {
        Slider years = new Slider(BigDecimal.valueOf(1900), BigDecimal.valueOf(2020), BigDecimal.ONE,
                BigDecimal.valueOf(1989), BigDecimal.TEN);
        List<ServerMessage.HistogramBar> bars = Reveals.histogram(years,
                List.of(new Given.Number(BigDecimal.valueOf(1912)), new Given.Number(BigDecimal.valueOf(1913)),
                        new Given.Number(BigDecimal.valueOf(2020))));
        assertThat(bars).hasSize(10);
        assertThat(bars.get(0)).isEqualTo(
                new ServerMessage.HistogramBar(BigDecimal.valueOf(1900), BigDecimal.valueOf(1912), 1, false));
        assertThat(bars.get(1)).isEqualTo(
                new ServerMessage.HistogramBar(BigDecimal.valueOf(1913), BigDecimal.valueOf(1925), 1, false));
        assertThat(bars.get(9)).isEqualTo(
                new ServerMessage.HistogramBar(BigDecimal.valueOf(2017), BigDecimal.valueOf(2020), 1, false));
        for (int i = 1; i < bars.size(); i++) {
            assertThat(bars.get(i).from()).isGreaterThan(bars.get(i - 1).to());
        }
        assertThat(bars.get(6).containsCorrect()).as("1989 is in 1978–1990").isTrue();
    }

    @Test
    void aSmallScaleHasOneBarPerValue() {
        Slider small = new Slider(BigDecimal.ONE, BigDecimal.valueOf(5), BigDecimal.ONE, BigDecimal.valueOf(3),
                BigDecimal.ONE);
        List<ServerMessage.HistogramBar> bars = Reveals.histogram(small,
                List.of(new Given.Number(BigDecimal.valueOf(3)), new Given.Number(BigDecimal.valueOf(5))));
        assertThat(bars).extracting(ServerMessage.HistogramBar::from).extracting(BigDecimal::intValue)
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(bars).extracting(ServerMessage.HistogramBar::count).containsExactly(0, 0, 1, 0, 1);
        assertThat(bars.get(2).containsCorrect()).isTrue();
    }

    @Test
    void oneEditApartCountsInsertionsDeletionsReplacementsAndSwaps() {
        assertThat(TextMatch.oneEditApart("paris", "parts")).isTrue();
        assertThat(TextMatch.oneEditApart("paris", "pariss")).isTrue();
        assertThat(TextMatch.oneEditApart("paris", "aris")).isTrue();
        assertThat(TextMatch.oneEditApart("paris", "apris")).isTrue();
        assertThat(TextMatch.oneEditApart("paris", "aprsi")).isFalse();
        assertThat(TextMatch.oneEditApart("paris", "par")).isFalse();
    }
}
