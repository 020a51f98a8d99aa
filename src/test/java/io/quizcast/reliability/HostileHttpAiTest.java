package io.quizcast.reliability;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizcast.testsupport.AiEnabledProfile;

/** The same hostile requests with talk to quiz on, so that its routes answer them rather than 501. */
@QuarkusTest
@TestProfile(AiEnabledProfile.class)
class HostileHttpAiTest extends HostileHttpTest {
}
