package io.quizcast.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * The app with generation on, against the {@link FakeAiProvider}; every AI test uses this one profile, so the app
 * starts once for all of them. The shared resources (the embedded PostgreSQL) still apply.
 */
public class AiEnabledProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeAiProviderResource.class));
    }
}
