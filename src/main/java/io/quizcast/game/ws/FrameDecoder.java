package io.quizcast.game.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quizcast.game.message.ClientMessage;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.GameException;
import java.util.Map;

/** Turns one text frame into one {@link ClientMessage}, or a {@code bad_message} that says what was wrong. */
public final class FrameDecoder {

    private static final Map<String, Class<? extends ClientMessage>> TYPES = Map.ofEntries(
            Map.entry("join", ClientMessage.Join.class),
            Map.entry("pong", ClientMessage.Pong.class),
            Map.entry("answer", ClientMessage.Answer.class),
            Map.entry("start_game", ClientMessage.StartGame.class),
            Map.entry("reveal_answer", ClientMessage.RevealAnswer.class),
            Map.entry("show_leaderboard", ClientMessage.ShowLeaderboard.class),
            Map.entry("next_question", ClientMessage.NextQuestion.class),
            Map.entry("end_game", ClientMessage.EndGame.class),
            Map.entry("select_presenter", ClientMessage.SelectPresenter.class),
            Map.entry("start_presentation", ClientMessage.StartPresentation.class),
            Map.entry("pass_presenter", ClientMessage.PassPresenter.class),
            Map.entry("admin_select_presenter", ClientMessage.AdminSelectPresenter.class),
            Map.entry("resume_segment", ClientMessage.ResumeSegment.class),
            Map.entry("start_mega_quiz", ClientMessage.StartMegaQuiz.class),
            Map.entry("skip_mega_quiz", ClientMessage.SkipMegaQuiz.class));

    // strict: a number where a string is expected is a wrong type, not something to coerce
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // one frame is one JSON object: `{"type":"pong"}}` or two objects in a row are not a pong
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // a repeated key has no single meaning
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Map<Class<? extends ClientMessage>, String> NAMES = new java.util.HashMap<>();

    static {
        TYPES.forEach((name, type) -> NAMES.put(type, name));
    }

    private final int maxFrameChars;

    public FrameDecoder(int maxFrameChars) {
        this.maxFrameChars = maxFrameChars;
    }

    /** The wire name of a decoded message's type. */
    public static String typeOf(ClientMessage message) {
        return NAMES.getOrDefault(message.getClass(), "unknown");
    }

    public ClientMessage decode(String frame) {
        if (frame.length() > maxFrameChars) {
            throw bad("Message too large: " + frame.length() + " characters, the limit is " + maxFrameChars);
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(frame);
        } catch (JsonProcessingException e) {
            throw bad("Message is not valid JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw bad("Message must be a JSON object");
        }
        JsonNode type = tree.get("type");
        if (type == null || type.isNull()) {
            throw bad("Message has no type");
        }
        if (!type.isTextual()) {
            throw bad("Message type must be a string");
        }
        Class<? extends ClientMessage> target = TYPES.get(type.asText());
        if (target == null) {
            throw bad("Unknown message type: " + type.asText());
        }
        checkTypes(tree);
        ClientMessage message;
        try {
            message = MAPPER.treeToValue(tree, target);
        } catch (MismatchedInputException e) {
            throw bad("Field " + fieldOf(e) + " has the wrong type or format");
        } catch (JsonProcessingException e) {
            throw bad("Message could not be read");
        }
        requireFields(message);
        return message;
    }

    private static final java.util.Set<String> TEXT_FIELDS = java.util.Set.of("question_id", "selected_answer",
            "user_id", "session_code", "segment_id", "presenter_user_id", "next_presenter_user_id", "title");

    private static final java.util.Set<String> UUID_FIELDS = java.util.Set.of("question_id", "user_id",
            "session_code", "segment_id", "presenter_user_id", "next_presenter_user_id");

    private static final java.util.Set<String> LIST_FIELDS = java.util.Set.of("selected_answers", "order");
    private static final int MAX_LIST = 10;
    private static final double MAX_VALUE = 1e12;

    private static final java.util.regex.Pattern CANONICAL_UUID = java.util.regex.Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Field types are checked on the tree: Jackson would quietly turn a number into a string or an id. */
    private static void checkTypes(JsonNode tree) {
        for (String field : TEXT_FIELDS) {
            JsonNode value = tree.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                throw bad("Field " + field + " must be a string");
            }
            if (value != null && value.isTextual() && value.asText().indexOf('\0') >= 0) {
                throw bad("Field " + field + " must not contain the NUL character");
            }
            // Jackson reads "" and " " as a missing id (and accepts base64): an id is a canonical UUID or absent
            if (value != null && value.isTextual() && UUID_FIELDS.contains(field)
                    && !CANONICAL_UUID.matcher(value.asText()).matches()) {
                throw bad("Field " + field + " must be a UUID");
            }
        }
        JsonNode count = tree.get("question_count");
        if (count != null && !count.isNull() && !count.isIntegralNumber()) {
            throw bad("Field question_count must be an integer");
        }
        for (String field : LIST_FIELDS) {
            checkTextList(tree, field);
        }
        JsonNode value = tree.get("value");
        if (value != null && !value.isNull()
                && (!value.isNumber() || !Double.isFinite(value.doubleValue())
                        || Math.abs(value.doubleValue()) > MAX_VALUE)) {
            throw bad("Field value must be a number from -" + (long) MAX_VALUE + " to " + (long) MAX_VALUE);
        }
        JsonNode time = tree.get("response_time_ms");
        if (time != null && !time.isNull() && !time.isNumber()) {
            throw bad("Field response_time_ms must be a number");
        }
    }

    /** A list of a few texts: selected_answers, order. */
    private static void checkTextList(JsonNode tree, String field) {
        JsonNode list = tree.get(field);
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray() || list.size() > MAX_LIST) {
            throw bad("Field " + field + " must be a list of at most " + MAX_LIST + " texts");
        }
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                throw bad("Field " + field + " must be a list of texts");
            }
            if (item.asText().indexOf('\0') >= 0) {
                throw bad("Field " + field + " must not contain the NUL character");
            }
        }
    }

    private static void requireFields(ClientMessage message) {
        if (message instanceof ClientMessage.Answer a) {
            require(a.questionId(), "question_id");
            if (a.selectedAnswer() == null && a.selectedAnswers() == null && a.value() == null && a.order() == null) {
                throw bad("Field selected_answer is required (selected_answers for a multiple question, value for"
                        + " a slider, order for an ordering)");
            }
        } else if (message instanceof ClientMessage.SelectPresenter s) {
            require(s.presenterUserId(), "presenter_user_id");
        } else if (message instanceof ClientMessage.PassPresenter p) {
            require(p.nextPresenterUserId(), "next_presenter_user_id");
        } else if (message instanceof ClientMessage.AdminSelectPresenter a) {
            require(a.presenterUserId(), "presenter_user_id");
            require(a.segmentId(), "segment_id");
        } else if (message instanceof ClientMessage.ResumeSegment r) {
            require(r.segmentId(), "segment_id");
        } else if (message instanceof ClientMessage.StartMegaQuiz m && m.questionCount() != null
                && (m.questionCount() < 1 || m.questionCount() > 100)) {
            throw bad("Field question_count must be 1 to 100");
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw bad("Field " + field + " is required");
        }
    }

    private static String fieldOf(MismatchedInputException e) {
        return e.getPath().isEmpty() ? "?" : e.getPath().get(e.getPath().size() - 1).getFieldName();
    }

    private static GameException bad(String message) {
        return new GameException(ErrorCodes.BAD_MESSAGE, message);
    }
}
