package io.quizcast.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts the {@link FakeAiProvider} and points the quizcast.ai settings at it (a short timeout and retry wait). */
public class FakeAiProviderResource implements QuarkusTestResourceLifecycleManager {

    public static final String API_KEY = "test-key";
    public static final String CHAT_MODEL = "fake-chat";
    public static final String SPEECH_MODEL = "fake-whisper";

    private FakeAiProvider fake;

    @Override
    public Map<String, String> start() {
        fake = FakeAiProvider.launch();
        return Map.of(
                "quizcast.ai.chat.base-url", fake.baseUrl(),
                "quizcast.ai.chat.model", CHAT_MODEL,
                "quizcast.ai.speech.model", SPEECH_MODEL,
                "quizcast.ai.api-key", API_KEY,
                "quizcast.ai.chat.timeout", "3S",
                "quizcast.ai.speech.timeout", "3S",
                "quizcast.ai.max-retry-delay", "2S");
    }

    @Override
    public void stop() {
        if (fake != null) {
            fake.shutdown();
        }
    }
}
