package io.quizcast.export;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizcast.event.EventView;
import io.quizcast.participant.ParticipantView;
import io.quizcast.question.QuestionView;
import io.quizcast.segment.SegmentView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON export of an event: everything needed to audit its results, answer by answer. */
@RegisterForReflection // serialised by Jackson in the native image
public record EventExport(EventView event, List<SegmentExport> segments, List<ParticipantView> participants,
        List<FinalEntry> finalLeaderboard, List<AnswerRow> answers, Instant exportedAt) {

    /** A segment with its questions. */
    @RegisterForReflection // serialised by Jackson in the native image
    public record SegmentExport(@JsonUnwrapped SegmentView segment, List<QuestionView> questions) {
    }

    /** One row of the final ranking. */
    @RegisterForReflection // serialised by Jackson in the native image
    public record FinalEntry(int rank, String displayName, int score, long responseTimeMs, boolean isLateJoiner) {
    }

    /** One stored answer (a zero-fill row has no selected answer and no time). */
    @RegisterForReflection // serialised by Jackson in the native image
    public record AnswerRow(UUID participantId, UUID questionId, UUID segmentId, String selectedAnswer,
            boolean isCorrect,
            Integer responseTimeMs, int points) {
    }
}
