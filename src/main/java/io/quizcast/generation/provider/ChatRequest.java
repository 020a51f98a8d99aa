package io.quizcast.generation.provider;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * The body of a chat completion asking for JSON that follows a schema (the app's snake_case naming gives OpenAI's
 * names; the schema is a map, whose keys Jackson leaves as they are).
 */
@RegisterForReflection // serialised by Jackson in the native image
public record ChatRequest(String model, List<ChatMessage> messages, ResponseFormat responseFormat,
        int maxCompletionTokens) {

    /** {@code {"type": "json_schema", "json_schema": {...}}}. */
    @RegisterForReflection // serialised by Jackson in the native image
    public record ResponseFormat(String type, JsonSchema jsonSchema) {

        public static ResponseFormat of(String name, Map<String, Object> schema) {
            return new ResponseFormat("json_schema", new JsonSchema(name, true, schema));
        }
    }

    /** A named schema; strict makes OpenAI hold the output to it exactly. */
    @RegisterForReflection // serialised by Jackson in the native image
    public record JsonSchema(String name, boolean strict, Map<String, Object> schema) {
    }
}
