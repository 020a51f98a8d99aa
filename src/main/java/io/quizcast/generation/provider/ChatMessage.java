package io.quizcast.generation.provider;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One message of a chat: role {@code system}, {@code user} or {@code assistant}, and its text. */
@RegisterForReflection // serialised by Jackson in the native image
public record ChatMessage(String role, String content) {

    public static ChatMessage system(String content) {
        return new ChatMessage("system", content);
    }

    public static ChatMessage user(String content) {
        return new ChatMessage("user", content);
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage("assistant", content);
    }
}
