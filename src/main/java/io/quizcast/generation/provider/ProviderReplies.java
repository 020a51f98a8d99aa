package io.quizcast.generation.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the provider's answers as JSON trees (native-safe, and lenient about the fields each server adds or omits),
 * and the message of its error bodies, with the key taken out.
 */
@ApplicationScoped
public class ProviderReplies {

    private static final int MAX_DETAIL_CHARS = 300;
    // OpenAI-style keys a provider may echo in an error ("Incorrect API key provided: sk-...")
    private static final Pattern KEY_LIKE = Pattern.compile("sk-[A-Za-z0-9_*.\\-]{4,}");

    private final ObjectMapper mapper;

    ProviderReplies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A chat completion: the first choice's content, finish reason, and the usage's token counts. */
    ChatReply chat(String endpoint, String body) {
        JsonNode root = parse(endpoint, body);
        JsonNode choice = root.path("choices").path(0);
        if (!choice.isObject()) {
            throw ProviderFailure.invalidResponse(endpoint, "no choices", null);
        }
        JsonNode message = choice.path("message");
        JsonNode content = message.path("content");
        if (!content.isTextual()) {
            String refusal = message.path("refusal").asText("");
            throw ProviderFailure.invalidResponse(endpoint,
                    refusal.isEmpty() ? "no message content" : "refused: " + shorten(refusal), null);
        }
        JsonNode usage = root.path("usage");
        return new ChatReply(content.asText(), integer(usage.path("prompt_tokens")),
                integer(usage.path("completion_tokens")), text(choice.path("finish_reason")));
    }

    /** A transcription: its text; seconds from usage.seconds (OpenAI's whisper-1) or duration (verbose_json). */
    Transcription transcription(String endpoint, String body) {
        JsonNode root = parse(endpoint, body);
        JsonNode text = root.path("text");
        if (!text.isTextual()) {
            throw ProviderFailure.invalidResponse(endpoint, "no text", null);
        }
        Double seconds = number(root.path("usage").path("seconds"));
        if (seconds == null) {
            seconds = number(root.path("duration"));
        }
        return new Transcription(text.asText(), seconds, text(root.path("language")));
    }

    /**
     * The provider's own words about an error, short and single-line: OpenAI's {@code error.message}, Ollama's and
     * whisper.cpp's {@code error}, vLLM's {@code message} or {@code detail}, else the body's start. The key never
     * appears in it.
     */
    String errorDetail(String body, Optional<String> apiKey) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String detail = providerMessage(body);
        String redacted = apiKey.filter(k -> !k.isBlank()).map(k -> detail.replace(k, "***")).orElse(detail);
        return shorten(KEY_LIKE.matcher(redacted).replaceAll("sk-***"));
    }

    private String providerMessage(String body) {
        try {
            JsonNode root = mapper.readTree(body);
            return firstText(root.path("error").path("message"), root.path("error"), root.path("message"),
                    root.path("detail")).orElse(body);
        } catch (JsonProcessingException e) {
            // not JSON (a proxy's HTML page): its start is still a hint
            return body;
        }
    }

    private JsonNode parse(String endpoint, String body) {
        if (body == null || body.isBlank()) {
            throw ProviderFailure.invalidResponse(endpoint, "empty body", null);
        }
        try {
            JsonNode root = mapper.readTree(body);
            if (!root.isObject()) {
                throw ProviderFailure.invalidResponse(endpoint, "not a JSON object", null);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw ProviderFailure.invalidResponse(endpoint, "not JSON", e);
        }
    }

    private static Optional<String> firstText(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            if (node.isTextual() && !node.asText().isBlank()) {
                return Optional.of(node.asText());
            }
        }
        return Optional.empty();
    }

    private static Integer integer(JsonNode node) {
        return node.canConvertToInt() && node.isIntegralNumber() ? node.asInt() : null;
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_DETAIL_CHARS ? line : line.substring(0, MAX_DETAIL_CHARS) + "…";
    }
}
