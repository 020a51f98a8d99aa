package io.quizcast.game.message;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Every frame a client may send, decoded once; the engine dispatches on the record type. */
public sealed interface ClientMessage {

    /** Join the event (account token: user_id must be the token's subject). */
    @RegisterForReflection // deserialised by Jackson in the native image
    record Join(UUID userId, UUID sessionCode) implements ClientMessage {
    }

    /** The answer to the server's ping. */
    @RegisterForReflection // deserialised by Jackson in the native image
    record Pong() implements ClientMessage {
    }

    /**
     * A player's answer, in the field the open question's type takes: {@code selected_answer} (single, true_false,
     * poll; type_answer's typed text), {@code selected_answers} (multiple), {@code value} (slider) or {@code order}
     * (ordering). The client's response_time_ms is ignored (the server measures).
     */
    @RegisterForReflection // deserialised by Jackson in the native image
    record Answer(UUID questionId, String selectedAnswer, List<String> selectedAnswers, BigDecimal value,
            List<String> order, Long responseTimeMs) implements ClientMessage {
    }

    /** Host or presenter: start the quiz of a segment (the current one when absent). */
    @RegisterForReflection // deserialised by Jackson in the native image
    record StartGame(UUID segmentId) implements ClientMessage {
    }

    /** Host or presenter: reveal the open question's answer. */
    @RegisterForReflection // deserialised by Jackson in the native image
    record RevealAnswer() implements ClientMessage {
    }

    /** Host or presenter: show the segment ranking. */
    @RegisterForReflection // deserialised by Jackson in the native image
    record ShowLeaderboard() implements ClientMessage {
    }

    /** Host or presenter: the next question, or the end of the round after the last. */
    @RegisterForReflection // deserialised by Jackson in the native image
    record NextQuestion() implements ClientMessage {
    }

    /** Host or presenter: end the round now. */
    @RegisterForReflection // deserialised by Jackson in the native image
    record EndGame() implements ClientMessage {
    }

    /** Host or current presenter: pick who presents next. */
    @RegisterForReflection // deserialised by Jackson in the native image
    record SelectPresenter(UUID presenterUserId) implements ClientMessage {
    }

    /** The selected presenter: create the next segment and start presenting. */
    @RegisterForReflection // deserialised by Jackson in the native image
    record StartPresentation(String title) implements ClientMessage {
    }

    /** Host or presenter: hand the current segment to someone else. */
    @RegisterForReflection // deserialised by Jackson in the native image
    record PassPresenter(UUID nextPresenterUserId) implements ClientMessage {
    }

    /** Host: set the presenter of a segment. */
    @RegisterForReflection // deserialised by Jackson in the native image
    record AdminSelectPresenter(UUID presenterUserId, UUID segmentId) implements ClientMessage {
    }

    /** Host: reopen a completed segment. */
    @RegisterForReflection // deserialised by Jackson in the native image
    record ResumeSegment(UUID segmentId) implements ClientMessage {
    }

    /** Host: run the mega quiz over the completed segments. */
    @RegisterForReflection // deserialised by Jackson in the native image
    record StartMegaQuiz(Integer questionCount) implements ClientMessage {
    }

    /** Host: skip the mega quiz and end the event. */
    @RegisterForReflection // deserialised by Jackson in the native image
    record SkipMegaQuiz() implements ClientMessage {
    }
}
