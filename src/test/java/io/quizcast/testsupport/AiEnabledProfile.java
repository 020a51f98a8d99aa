package io.quizcast.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * The app with generation on, against the {@link FakeAiProvider}; every AI test uses this one profile, so the app
 * starts once for all of them. The shared resources (the embedded PostgreSQL) still apply.
 */
public class AiEnabledProfile implements QuarkusTestProfile {

    /** Small caps, so that the tests reach them with little data. */
    @Override
    public java.util.Map<String, String> getConfigOverrides() {
        return java.util.Map.of("quizcast.ai.max-chunk-size", "256K", "quizcast.ai.max-audio-size", "1M",
                "quizcast.ai.max-file-size", "512K", "quizcast.ai.max-jobs-per-event", "4",
                "quizcast.ai.max-jobs-per-hour", "6");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeAiProviderResource.class));
    }
}
