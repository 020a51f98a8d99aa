package io.quizcast.game.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quizcast.question.QuestionType;
import io.quizcast.question.Slider;
import java.math.BigDecimal;
import java.util.List;

/**
 * A player's answer to one question, of its type's shape. {@link #stored()} is how it is kept in
 * {@code answers.selected_answer} and in a room (one text; a set or an order as a JSON array), and
 * {@link #fromStored} reads it back.
 */
public sealed interface Given {

    String stored();

    /** One offered answer (single, true_false, poll). */
    record Choice(String answer) implements Given {

        @Override
        public String stored() {
            return answer;
        }
    }

    /** A set of offered answers, in the offered order (multiple). */
    record Choices(List<String> answers) implements Given {

        @Override
        public String stored() {
            return json(answers);
        }
    }

    /** A typed answer, trimmed (type_answer). */
    record Typed(String text) implements Given {

        @Override
        public String stored() {
            return text;
        }
    }

    /** A number on the slider's scale. */
    record Number(BigDecimal value) implements Given {

        @Override
        public String stored() {
            return Slider.text(value);
        }
    }

    /** The offered items in the player's order (ordering). */
    record Order(List<String> items) implements Given {

        @Override
        public String stored() {
            return json(items);
        }
    }

    /** A stored answer of a question of {@code type}; null for none (a zero-fill's empty text). */
    static Given fromStored(QuestionType type, String stored) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        return switch (type) {
            case MULTIPLE -> new Choices(list(stored));
            case ORDERING -> new Order(list(stored));
            case TYPE_ANSWER -> new Typed(stored);
            case SLIDER -> new Number(new BigDecimal(stored));
            default -> new Choice(stored);
        };
    }

    private static String json(List<String> values) {
        try {
            return Lists.JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(String json) {
        try {
            return Lists.JSON.readValue(json, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a stored list: " + json, e);
        }
    }

    /** The one reader and writer of stored lists. */
    final class Lists {

        private static final ObjectMapper JSON = new ObjectMapper();

        private Lists() {
        }
    }
}
