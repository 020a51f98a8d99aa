package io.quizcast.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Declares the test resources every @QuarkusTest shares: one embedded PostgreSQL for the whole run. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class QuizcastTestResources {

    private QuizcastTestResources() {
    }
}
