package io.quizcast.generation;

import io.quizcast.config.QuizcastConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Whether talk-to-quiz generation is on: a chat base URL and model make it so; a speech model adds recording. */
@ApplicationScoped
public class GenerationFeature {

    /** What the 501 answers and the capabilities say when the feature is off. */
    public static final String HINT = "Talk-to-quiz generation is off on this server. To turn it on, set"
            + " QUIZCAST_AI_CHAT_BASE_URL and QUIZCAST_AI_CHAT_MODEL (questions from notes or a topic), plus"
            + " QUIZCAST_AI_SPEECH_MODEL (recording and transcription) and QUIZCAST_AI_API_KEY if the provider needs"
            + " one: see the README, \"Talk to quiz\"";

    private final QuizcastConfig.Ai ai;

    GenerationFeature(QuizcastConfig config) {
        this.ai = config.ai();
    }

    /** Questions can be generated (from notes, a topic, or a transcript). */
    public boolean enabled() {
        return enabled(ai);
    }

    /** Talks can be recorded and transcribed. */
    public boolean transcription() {
        return transcription(ai);
    }

    public static boolean enabled(QuizcastConfig.Ai ai) {
        return ai.chat().baseUrl().isPresent() && ai.chat().model().filter(m -> !m.isBlank()).isPresent();
    }

    public static boolean transcription(QuizcastConfig.Ai ai) {
        return enabled(ai) && ai.speech().model().filter(m -> !m.isBlank()).isPresent();
    }
}
