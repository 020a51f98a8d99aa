package io.quizcast.load.floor;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** The frames and REST bodies the floor sends, as records, encoded with snake_case names. */
final class FloorMessages {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private FloorMessages() {
    }

    static String encode(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String iso(Instant instant) {
        return ISO.format(instant);
    }

    /** A WebSocket frame: its {@code type} is the record's type name. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    interface Frame {
    }

    record Info(UUID id, UUID userId, UUID participantId, String username, String avatarUrl, String joinStatus,
            boolean isLateJoiner, boolean isHost, String joinedAt, boolean online) {
    }

    record Entry(int rank, UUID userId, UUID participantId, String username, String avatarUrl, int score,
            long responseTimeMs, boolean isLateJoiner, boolean isPresent) {
    }

    record Score(UUID userId, int delta, int score, int segmentScore, int rank) {
    }

    record Share(String answer, int count, double percentage, boolean isCorrect) {
    }

    record SegmentWinner(UUID segmentId, String segmentTitle, String winnerName, Integer winnerScore) {
    }

    @JsonTypeName("connected")
    record Connected(List<Info> participants, int participantCount, Info you, String eventStatus,
            String currentPhase) implements Frame {
    }

    @JsonTypeName("participant_joined")
    record ParticipantJoined(Info user, boolean reconnected) implements Frame {
    }

    @JsonTypeName("game_started")
    record GameStarted(UUID segmentId, int totalQuestions) implements Frame {
    }

    @JsonTypeName("phase_changed")
    record PhaseChanged(String phase, Integer questionIndex, Integer totalQuestions, UUID segmentId) implements Frame {
    }

    @JsonTypeName("question")
    record Question(UUID questionId, int questionNumber, int totalQuestions, String text, List<String> answers,
            int timeLimit, String questionStartedAt, String deadline) implements Frame {
    }

    @JsonTypeName("answer_received")
    record AnswerReceived(UUID userId, UUID questionId, int answerCount, int totalPlayers) implements Frame {
    }

    @JsonTypeName("all_answered")
    record AllAnswered(int answerCount, int totalPlayers) implements Frame {
    }

    @JsonTypeName("reveal")
    record Reveal(UUID questionId, int questionNumber, String questionText, String correctAnswer,
            List<Share> distribution, List<Entry> segmentLeaderboard, List<Entry> eventLeaderboard) implements Frame {
    }

    @JsonTypeName("scores_update")
    record ScoresUpdate(List<Score> scores) implements Frame {
    }

    @JsonTypeName("leaderboard")
    record Leaderboard(List<Entry> rankings, List<Entry> eventRankings) implements Frame {
    }

    @JsonTypeName("game_ended")
    record GameEnded(UUID segmentId) implements Frame {
    }

    @JsonTypeName("segment_complete")
    record SegmentComplete(UUID segmentId, String segmentTitle, String presenterName, List<Entry> segmentLeaderboard,
            List<Entry> eventLeaderboard, Entry segmentWinner, Entry eventLeader) implements Frame {
    }

    @JsonTypeName("event_complete")
    record EventComplete(UUID eventId, List<Entry> finalLeaderboard, Entry winner, List<SegmentWinner> segmentWinners)
            implements
                Frame {
    }

    @JsonTypeName("error")
    record Error(String code, String message) implements Frame {
    }

    record User(UUID id, String username, String displayName, String email, String role, String avatarUrl,
            String createdAt) {
    }

    record Auth(String token, User user) {
    }

    record Event(UUID id, UUID hostId, String title, String description, String joinCode, String mode, String status,
            int numFakeAnswers, int timePerQuestion, String singleSegmentMode, boolean joinLocked, String joinLockedAt,
            String previousStatus, String endedAt, String createdAt) {
    }

    record Segment(UUID id, UUID eventId, String presenterName, UUID presenterUserId, String title, int orderIndex,
            String status, String createdAt, int questionCount) {
    }

    record StoredQuestion(UUID id, UUID segmentId, String questionText, String correctAnswer, List<String> fakeAnswers,
            int orderIndex) {
    }

    record Bulk(int imported, int failed, List<Object> errors, List<StoredQuestion> questions) {
    }

    record ErrorBody(String detail, String error, String message, String code) {

        ErrorBody(String message, String code) {
            this(message, message, message, code);
        }
    }
}
