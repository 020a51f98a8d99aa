package io.quizcast.game.store;

import io.quizcast.game.core.AnswerKey;
import io.quizcast.game.core.RoundQuestion;
import io.quizcast.question.PointsMode;
import io.quizcast.question.Question;
import io.quizcast.question.QuestionRules;
import io.quizcast.question.QuestionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A stored question as it is played: what is right ({@link AnswerKey}), and the answers offered, in the order everyone
 * sees (drawn once per round: single and multiple shuffled, an ordering's items shuffled away from the right order,
 * true_false and a poll's options as written, nothing for a typed or slider answer).
 */
final class RoundQuestions {

    private RoundQuestions() {
    }

    static AnswerKey key(Question q) {
        QuestionType type = q.type();
        List<String> correct = switch (type) {
            case SINGLE, TRUE_FALSE -> List.of(q.correctAnswer);
            case MULTIPLE, TYPE_ANSWER, ORDERING -> q.correctAnswers;
            case POLL, SLIDER -> List.of();
        };
        return new AnswerKey(type, correct, q.slider(), q.typoTolerance);
    }

    /** The question played at {@code position} of round {@code segmentId}, with its offered answers. */
    static RoundQuestion played(UUID segmentId, int position, Question q, List<String> offered, int eventTimeLimit) {
        return RoundQuestion.of(segmentId, position, q.id, q.questionText, offered,
                q.timeLimitSeconds != null ? q.timeLimitSeconds : eventTimeLimit, key(q), PointsMode.of(q.pointsMode),
                q.explanation, q.imageId);
    }

    /**
     * The answers a round offers for {@code q}: a single question's as the contract has them (its own wrong answers,
     * filled up to {@code wanted} from {@code distractors}); the other types' only as the organiser wrote them.
     */
    static List<String> offered(Question q, int wanted, List<String> distractors, Random random) {
        return switch (q.type()) {
            case SINGLE -> AnswerOptions.build(q.correctAnswer, q.fakeAnswers, wanted, distractors, random);
            case MULTIPLE -> {
                List<String> all = new ArrayList<>(q.correctAnswers);
                all.addAll(q.fakeAnswers);
                Collections.shuffle(all, random);
                yield all;
            }
            case TRUE_FALSE -> List.of(QuestionRules.TRUE, QuestionRules.FALSE);
            case POLL -> List.copyOf(q.fakeAnswers);
            case ORDERING -> shuffledAway(q.correctAnswers, random);
            case TYPE_ANSWER, SLIDER -> List.of();
        };
    }

    /** The items in an order other than the right one (3 or more items always have one). */
    static List<String> shuffledAway(List<String> items, Random random) {
        List<String> shuffled = new ArrayList<>(items);
        for (int tries = 0; tries < 10 && shuffled.equals(items); tries++) {
            Collections.shuffle(shuffled, random);
        }
        if (shuffled.equals(items)) {
            Collections.rotate(shuffled, 1);
        }
        return shuffled;
    }
}
