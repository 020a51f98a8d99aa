package io.quizcast.generation;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.quizcast.testsupport.AiEnabledProfile;

/** The same tests against the packaged service (the JVM build, or the native executable with -Dnative). */
@QuarkusIntegrationTest
@TestProfile(AiEnabledProfile.class)
class GenerationLimitsIT extends GenerationLimitsTest {
}
