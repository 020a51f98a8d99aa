package io.quizcast.game.core;

import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import io.quizcast.question.Slider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an {@code answer} frame's fields as the open question's type wants them, or refuses the frame with
 * {@code bad_message} saying which shape it takes: {@code selected_answer} (single, true_false, poll, and the typed
 * text of type_answer), {@code selected_answers} (multiple), {@code value} (slider), {@code order} (ordering).
 */
public final class AnswerShapes {

    public static final int MAX_TYPED = 200;
    // a client's floating-point step arithmetic (0.1 + 0.2) lands this close to a step; it is taken as that step
    private static final BigDecimal SNAP = new BigDecimal("0.000001");

    /** The answer fields of a frame, as sent. */
    public record Submitted(String selectedAnswer, List<String> selectedAnswers, BigDecimal value, List<String> order) {

        /** A v1 answer: one chosen text. */
        public static Submitted choice(String selectedAnswer) {
            return new Submitted(selectedAnswer, null, null, null);
        }
    }

    private AnswerShapes() {
    }

    public static Given read(RoundQuestion q, Submitted s) {
        return switch (q.type()) {
            case SINGLE, TRUE_FALSE, POLL -> choice(q, s);
            case MULTIPLE -> choices(q, s);
            case TYPE_ANSWER -> typed(s);
            case SLIDER -> number(q.key().slider(), s);
            case ORDERING -> order(q, s);
        };
    }

    private static Given choice(RoundQuestion q, Submitted s) {
        if (s.selectedAnswer() == null) {
            throw bad("This question takes selected_answer: one of the offered answers");
        }
        if (!q.answers().contains(s.selectedAnswer())) {
            throw bad("selected_answer is not one of the offered answers");
        }
        return new Given.Choice(s.selectedAnswer());
    }

    private static Given choices(RoundQuestion q, Submitted s) {
        if (s.selectedAnswers() == null || s.selectedAnswers().isEmpty()) {
            throw bad("This question takes selected_answers: a list of one or more of the offered answers");
        }
        Set<String> chosen = new HashSet<>(s.selectedAnswers());
        if (chosen.size() != s.selectedAnswers().size()) {
            throw bad("selected_answers names an answer twice");
        }
        if (!q.answers().containsAll(chosen)) {
            throw bad("selected_answers names an answer that is not offered");
        }
        List<String> inOfferedOrder = new ArrayList<>(chosen.size());
        for (String answer : q.answers()) {
            if (chosen.contains(answer)) {
                inOfferedOrder.add(answer);
            }
        }
        return new Given.Choices(inOfferedOrder);
    }

    private static Given typed(Submitted s) {
        String text = s.selectedAnswer() == null ? "" : s.selectedAnswer().trim();
        if (text.isEmpty()) {
            throw bad("This question takes selected_answer: the typed answer, not blank");
        }
        if (text.length() > MAX_TYPED) {
            throw bad("A typed answer is at most " + MAX_TYPED + " characters");
        }
        return new Given.Typed(text);
    }

    private static Given number(Slider slider, Submitted s) {
        if (s.value() == null) {
            throw bad("This question takes value: a number on the slider");
        }
        BigDecimal steps = s.value().subtract(slider.min()).divide(slider.step(), 0, RoundingMode.HALF_UP);
        BigDecimal snapped = slider.min().add(steps.multiply(slider.step()));
        if (snapped.subtract(s.value()).abs().compareTo(slider.step().multiply(SNAP)) > 0) {
            throw bad("value must be a whole number of steps (" + Slider.text(slider.step()) + ") from "
                    + Slider.text(slider.min()));
        }
        if (!slider.allows(snapped)) {
            throw bad("value must be from " + Slider.text(slider.min()) + " to " + Slider.text(slider.max()));
        }
        return new Given.Number(snapped);
    }

    private static Given order(RoundQuestion q, Submitted s) {
        if (s.order() == null) {
            throw bad("This question takes order: every offered item, in your order");
        }
        if (s.order().size() != q.answers().size() || !new HashSet<>(s.order()).equals(new HashSet<>(q.answers()))) {
            throw bad("order must name every offered item once");
        }
        return new Given.Order(List.copyOf(s.order()));
    }

    private static GameException bad(String message) {
        return new GameException(ErrorCodes.BAD_MESSAGE, message);
    }
}
