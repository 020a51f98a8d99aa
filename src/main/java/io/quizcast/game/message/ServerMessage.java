package io.quizcast.game.message;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizcast.leaderboard.LeaderboardEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Every frame the server sends; the record's type name is written as the {@code type} field. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(ServerMessage.Ping.class), @JsonSubTypes.Type(ServerMessage.Connected.class),
        @JsonSubTypes.Type(ServerMessage.StateRestored.class),
        @JsonSubTypes.Type(ServerMessage.ParticipantJoined.class),
        @JsonSubTypes.Type(ServerMessage.ParticipantLeft.class),
        @JsonSubTypes.Type(ServerMessage.ParticipantCount.class),
        @JsonSubTypes.Type(ServerMessage.ParticipantRemoved.class),
        @JsonSubTypes.Type(ServerMessage.ParticipantNameChanged.class),
        @JsonSubTypes.Type(ServerMessage.JoinLockStatusChanged.class),
        @JsonSubTypes.Type(ServerMessage.GameStarted.class),
        @JsonSubTypes.Type(ServerMessage.PhaseChanged.class), @JsonSubTypes.Type(ServerMessage.Question.class),
        @JsonSubTypes.Type(ServerMessage.QuestionPreview.class),
        @JsonSubTypes.Type(ServerMessage.AnswerReceived.class), @JsonSubTypes.Type(ServerMessage.AnswerCount.class),
        @JsonSubTypes.Type(ServerMessage.AllAnswered.class), @JsonSubTypes.Type(ServerMessage.ScoresUpdate.class),
        @JsonSubTypes.Type(ServerMessage.Reveal.class), @JsonSubTypes.Type(ServerMessage.Leaderboard.class),
        @JsonSubTypes.Type(ServerMessage.GameEnded.class), @JsonSubTypes.Type(ServerMessage.SegmentComplete.class),
        @JsonSubTypes.Type(ServerMessage.MegaQuizReady.class), @JsonSubTypes.Type(ServerMessage.MegaQuizStarted.class),
        @JsonSubTypes.Type(ServerMessage.EventComplete.class),
        @JsonSubTypes.Type(ServerMessage.PresenterSelected.class),
        @JsonSubTypes.Type(ServerMessage.PresentationStarted.class),
        @JsonSubTypes.Type(ServerMessage.PresenterChanged.class),
        @JsonSubTypes.Type(ServerMessage.PresenterPaused.class),
        @JsonSubTypes.Type(ServerMessage.PresenterOverrideNeeded.class),
        @JsonSubTypes.Type(ServerMessage.PresenterDisconnected.class),
        @JsonSubTypes.Type(ServerMessage.QuizReady.class),
        @JsonSubTypes.Type(ServerMessage.NoQuestionsGenerated.class), @JsonSubTypes.Type(ServerMessage.Error.class),
        @JsonSubTypes.Type(ServerMessage.QuizGenerating.class),
        @JsonSubTypes.Type(ServerMessage.ProcessingStatus.class)})
@RegisterForReflection // serialised by Jackson in the native image
public sealed interface ServerMessage {

    @JsonTypeName("ping")
    @RegisterForReflection
    record Ping(Instant serverTime) implements ServerMessage {
    }

    @JsonTypeName("connected")
    @RegisterForReflection
    record Connected(List<ParticipantInfo> participants, int participantCount, ParticipantInfo you, String eventStatus,
            String currentPhase, int playerCount) implements ServerMessage {
    }

    @JsonTypeName("state_restored")
    @RegisterForReflection
    record StateRestored(UUID eventId, UUID segmentId, String currentPhase, UUID currentQuestionId,
            UUID currentPlayId, Integer questionNumber,
            Integer totalQuestions, String questionText, List<String> answers, Integer timeLimit,
            Instant questionStartedAt, Long remainingMs, int yourScore, Integer yourRank, String yourAnswer,
            List<ParticipantInfo> participants, String questionType, String points, SliderScale slider,
            List<String> yourAnswers, String imageUrl) implements ServerMessage {
    }

    @JsonTypeName("participant_joined")
    @RegisterForReflection
    record ParticipantJoined(ParticipantInfo user, boolean reconnected) implements ServerMessage {
    }

    @JsonTypeName("participant_left")
    @RegisterForReflection
    record ParticipantLeft(UUID userId, boolean online) implements ServerMessage {
    }

    @JsonTypeName("participant_removed")
    @RegisterForReflection
    record ParticipantRemoved(UUID userId, String username) implements ServerMessage {
    }

    @JsonTypeName("participant_count")
    @RegisterForReflection
    record ParticipantCount(int online, int total, int playerCount) implements ServerMessage {
    }

    @JsonTypeName("participant_name_changed")
    @RegisterForReflection
    record ParticipantNameChanged(UUID userId, String oldName, String newName) implements ServerMessage {
    }

    @JsonTypeName("join_lock_status_changed")
    @RegisterForReflection
    record JoinLockStatusChanged(UUID eventId, boolean joinLocked, Instant lockedAt, String message)
            implements
                ServerMessage {
    }

    @JsonTypeName("game_started")
    @RegisterForReflection
    record GameStarted(UUID segmentId, int totalQuestions) implements ServerMessage {
    }

    @JsonTypeName("phase_changed")
    @RegisterForReflection
    record PhaseChanged(String phase, Integer questionIndex, Integer totalQuestions, UUID segmentId)
            implements
                ServerMessage {
    }

    @JsonTypeName("question")
    @RegisterForReflection
    record Question(UUID questionId, UUID playId, int questionNumber, int totalQuestions, String text,
            List<String> answers,
            int timeLimit, Instant questionStartedAt, Instant deadline, String questionType, String points,
            SliderScale slider, String imageUrl) implements ServerMessage {
    }

    @JsonTypeName("question_preview")
    @RegisterForReflection
    record QuestionPreview(UUID questionId, UUID playId, int questionNumber, int totalQuestions, String text,
            String questionType, String points, int timeLimit, Instant shownAt, Instant answersOpenAt,
            String imageUrl)
            implements
                ServerMessage {
    }

    /** A slider question's scale as players see it (the correct value is told at the reveal). */
    @RegisterForReflection
    record SliderScale(BigDecimal min, BigDecimal max, BigDecimal step) {
    }

    @JsonTypeName("answer_received")
    @RegisterForReflection
    record AnswerReceived(UUID userId, UUID questionId, UUID playId, int answerCount,
            int totalPlayers) implements ServerMessage {
    }

    @JsonTypeName("answer_count")
    @RegisterForReflection
    record AnswerCount(UUID questionId, int answerCount, int totalPlayers) implements ServerMessage {
    }

    @JsonTypeName("all_answered")
    @RegisterForReflection
    record AllAnswered(int answerCount, int totalPlayers) implements ServerMessage {
    }

    /** One player's score after a reveal. */
    @RegisterForReflection
    record ScoreEntry(UUID userId, int delta, int score, int segmentScore, int rank, int streak, int streakBonus,
            Boolean correct, String aheadName, Integer aheadBy) {
    }

    @JsonTypeName("scores_update")
    @RegisterForReflection
    record ScoresUpdate(List<ScoreEntry> scores) implements ServerMessage {
    }

    /** How many players chose one offered answer. */
    @RegisterForReflection
    record DistributionEntry(String answer, int count, double percentage, boolean isCorrect) {
    }

    @JsonTypeName("reveal")
    @RegisterForReflection
    record Reveal(UUID questionId, UUID playId, int questionNumber, String questionText, String correctAnswer,
            List<DistributionEntry> distribution, List<LeaderboardEntry> segmentLeaderboard,
            List<LeaderboardEntry> eventLeaderboard, String questionType, List<String> correctAnswers,
            int correctCount, List<HistogramBar> histogram, String explanation, String imageUrl)
            implements
                ServerMessage {
    }

    /** How many slider answers fell from {@code from} to {@code to}, and whether the correct value is there. */
    @RegisterForReflection
    record HistogramBar(BigDecimal from, BigDecimal to, int count, boolean containsCorrect) {
    }

    @JsonTypeName("leaderboard")
    @RegisterForReflection
    record Leaderboard(List<LeaderboardEntry> rankings, List<LeaderboardEntry> eventRankings) implements ServerMessage {
    }

    @JsonTypeName("game_ended")
    @RegisterForReflection
    record GameEnded(UUID segmentId) implements ServerMessage {
    }

    @JsonTypeName("segment_complete")
    @RegisterForReflection
    record SegmentComplete(UUID segmentId, String segmentTitle, String presenterName,
            List<LeaderboardEntry> segmentLeaderboard, List<LeaderboardEntry> eventLeaderboard,
            LeaderboardEntry segmentWinner, LeaderboardEntry eventLeader) implements ServerMessage {
    }

    @JsonTypeName("mega_quiz_ready")
    @RegisterForReflection
    record MegaQuizReady(UUID eventId, int availableQuestions, List<LeaderboardEntry> currentLeaderboard,
            boolean isSingleSegment, String singleSegmentMode) implements ServerMessage {
    }

    @JsonTypeName("mega_quiz_started")
    @RegisterForReflection
    record MegaQuizStarted(UUID eventId, int questionCount) implements ServerMessage {
    }

    /** The best player of one segment. */
    @RegisterForReflection
    record SegmentWinner(UUID segmentId, String segmentTitle, String winnerName, Integer winnerScore) {
    }

    @JsonTypeName("event_complete")
    @RegisterForReflection
    record EventComplete(UUID eventId, List<LeaderboardEntry> finalLeaderboard, LeaderboardEntry winner,
            List<SegmentWinner> segmentWinners) implements ServerMessage {
    }

    @JsonTypeName("presenter_selected")
    @RegisterForReflection
    record PresenterSelected(UUID presenterId, String presenterName,
            boolean isFirstPresenter) implements ServerMessage {
    }

    @JsonTypeName("presentation_started")
    @RegisterForReflection
    record PresentationStarted(UUID segmentId, UUID presenterId, String presenterName) implements ServerMessage {
    }

    @JsonTypeName("presenter_changed")
    @RegisterForReflection
    record PresenterChanged(UUID previousPresenterId, UUID newPresenterId, String newPresenterName, UUID segmentId)
            implements
                ServerMessage {
    }

    @JsonTypeName("presenter_paused")
    @RegisterForReflection
    record PresenterPaused(UUID presenterId, String presenterName, UUID segmentId, Integer questionIndex,
            Integer totalQuestions, String reason) implements ServerMessage {
    }

    @JsonTypeName("presenter_override_needed")
    @RegisterForReflection
    record PresenterOverrideNeeded(UUID presenterId, String presenterName, UUID segmentId) implements ServerMessage {
    }

    @JsonTypeName("presenter_disconnected")
    @RegisterForReflection
    record PresenterDisconnected(UUID presenterId, String presenterName, UUID segmentId) implements ServerMessage {
    }

    @JsonTypeName("quiz_ready")
    @RegisterForReflection
    record QuizReady(UUID segmentId, long questionsCount) implements ServerMessage {
    }

    @JsonTypeName("no_questions_generated")
    @RegisterForReflection
    record NoQuestionsGenerated(UUID segmentId, String segmentTitle, String presenterName, String reason)
            implements
                ServerMessage {
    }

    /** A segment's quiz is being generated (players show "<presenter>'s quiz is being prepared"). */
    @JsonTypeName("quiz_generating")
    @RegisterForReflection
    record QuizGenerating(UUID segmentId, String segmentTitle, String presenterName) implements ServerMessage {
    }

    /** A generation job's stage and progress, for the host and the segment's presenter. */
    @JsonTypeName("processing_status")
    @RegisterForReflection
    record ProcessingStatus(UUID segmentId, UUID jobId, String status, String stage, int progress, String message)
            implements
                ServerMessage {
    }

    @JsonTypeName("error")
    @RegisterForReflection
    record Error(String code, String message) implements ServerMessage {
    }
}
