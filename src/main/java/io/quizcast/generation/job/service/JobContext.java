package io.quizcast.generation.job.service;

import java.util.UUID;

/** What a job needs to know of its segment and event. */
record JobContext(UUID eventId, UUID segmentId, String title, String presenterName, UUID presenterUserId,
        int wrongAnswers, int questionsToGenerate) {
}
