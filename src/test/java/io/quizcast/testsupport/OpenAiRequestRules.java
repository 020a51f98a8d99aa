package io.quizcast.testsupport;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.regex.Pattern;

/** What a real OpenAI-compatible provider refuses with 400, as the {@link FakeAiProvider} checks it. */
final class OpenAiRequestRules {

    // OpenAI's rule for a json_schema's name
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final List<String> ROLES = List.of("system", "developer", "user", "assistant");
    private static final List<String> RESPONSE_FORMATS = List.of("json", "text", "verbose_json", "srt", "vtt");

    private OpenAiRequestRules() {
    }

    /** Why a chat completion's body would be refused, or null when it is fine. */
    static String chatProblem(JsonObject body) {
        if (body == null) {
            return "the body must be a JSON object";
        }
        if (!(body.getValue("model") instanceof String model) || model.isBlank()) {
            return "'model' is required";
        }
        if (!(body.getValue("messages") instanceof JsonArray messages) || messages.isEmpty()) {
            return "'messages' must be a non-empty array";
        }
        for (Object m : messages) {
            if (!(m instanceof JsonObject message) || !ROLES.contains(message.getValue("role"))
                    || !(message.getValue("content") instanceof String)) {
                return "each message needs a role and a string content";
            }
        }
        if (!(body.getValue("response_format") instanceof JsonObject format)
                || !"json_schema".equals(format.getValue("type"))) {
            return "'response_format.type' must be 'json_schema'";
        }
        if (!(format.getValue("json_schema") instanceof JsonObject schema)
                || !(schema.getValue("name") instanceof String name) || !SCHEMA_NAME.matcher(name).matches()
                || !(schema.getValue("schema") instanceof JsonObject)) {
            return "'response_format.json_schema' needs a name and a schema";
        }
        Object max = body.getValue("max_completion_tokens");
        if (max != null && !(max instanceof Integer n && n > 0)) {
            return "'max_completion_tokens' must be a positive integer";
        }
        return null;
    }

    /** Why a transcription would be refused, or null when it is fine. */
    static String speechProblem(FakeAiProvider.SpeechCall call) {
        if (call.model() == null || call.model().isBlank()) {
            return "'model' is required";
        }
        if (call.fileName() == null || call.fileName().isBlank() || call.bytes() == 0) {
            return "'file' must be a non-empty file with a name";
        }
        if (call.responseFormat() != null && !RESPONSE_FORMATS.contains(call.responseFormat())) {
            return "unknown response_format";
        }
        return null;
    }
}
