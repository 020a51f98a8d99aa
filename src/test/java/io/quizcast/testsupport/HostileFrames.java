package io.quizcast.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quizcast.testsupport.ClientMessageSpec.Field;
import io.quizcast.testsupport.ClientMessageSpec.Kind;
import io.quizcast.testsupport.ClientMessageSpec.Message;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Mutations of the contract's client messages that the contract answers with {@code bad_message}: wrong types
 * per field, missing and extra fields, huge strings and numbers, deep nesting, invalid UUIDs, unknown types,
 * arrays and scalars instead of objects, duplicate keys, control characters, broken JSON, binary frames, and
 * frames between the soft (16 KiB) and the hard (64 KiB) size limit. Deterministic for a seed.
 */
public final class HostileFrames {

    /** One frame to send: text, or binary when {@code binary} is set; {@code mutation} names what is wrong. */
    public record Frame(String mutation, String text, byte[] binary) {

        public boolean isBinary() {
            return binary != null;
        }
    }

    public static final int SOFT_LIMIT = 16 * 1024;
    public static final int HARD_LIMIT = 64 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Object> NOT_A_UUID = List.of(42, -1, 3.14, true, false, List.of(), Map.of(),
            List.of("0b8e4c34-4a55-4b47-9b1c-7f0f4d2b8a11"), "not-a-uuid", "", " ", "123",
            "0b8e4c34-4a55-4b47-9b1c-7f0f4d2b8a1", "0b8e4c34-4a55-4b47-9b1c-7f0f4d2b8a111",
            "g0000000-0000-0000-0000-000000000000", "0b8e4c34_4a55_4b47_9b1c_7f0f4d2b8a11",
            "' OR '1'='1", "0b8e4c34-4a55-4b47-9b1c-7f0f4d2b8a11\u0000", "\u0000", "ü".repeat(36),
            "0b8e4c34-4a55-4b47-9b1c-7f0f4d2b8a11; DROP TABLE events; --");
    private static final List<Object> NOT_TEXT = List.of(42, 0, 1.5e300, true, List.of(), List.of("a"),
            Map.of("a", 1));
    private static final List<Object> NOT_A_NUMBER = List.of("fast", "", "12", true, List.of(), Map.of());
    private static final List<Object> NOT_A_COUNT = List.of("3", "", 2.5, 0, -1, 101, 1e30, true, List.of(3),
            Map.of(), Long.MAX_VALUE);
    private static final List<String> UNKNOWN_TYPES = List.of("JOIN", "join ", " pong", "", "hack", "answer\u0000",
            "__proto__", "constructor", "ping", "error", "connected", "Pong", "pong\u0007", "ﾊﾟﾝ", "null",
            "reveal_answer;", "../join");

    private final List<Function<Random, Frame>> catalogue = new ArrayList<>();

    public HostileFrames() {
        for (Message message : ClientMessageSpec.MESSAGES) {
            for (Field field : message.fields()) {
                for (Object wrong : wrongValues(field.kind())) {
                    catalogue.add(r -> {
                        Map<String, Object> frame = ClientMessageSpec.wellFormed(message, r);
                        frame.put(field.name(), wrong);
                        return text("wrong type: " + message.type() + "." + field.name(), frame);
                    });
                }
                catalogue.add(r -> {
                    Map<String, Object> frame = ClientMessageSpec.wellFormed(message, r);
                    frame.put(field.name(), "x".repeat(1_000 + r.nextInt(SOFT_LIMIT - 2_000)));
                    if (field.kind() == Kind.TEXT) {
                        // a huge text alone is a valid text: break the type of the frame instead
                        frame.put("type", message.type().toUpperCase());
                    }
                    return text("huge string: " + message.type() + "." + field.name(), frame);
                });
                catalogue.add(r -> {
                    String frame = jsonOf(ClientMessageSpec.wellFormed(message, r));
                    return new Frame("deep nesting: " + message.type() + "." + field.name(), frame.replaceFirst(
                            "\"" + field.name() + "\":[^,}]+", "\"" + field.name() + "\":" + nested(r)), null);
                });
            }
            for (Field field : message.required()) {
                catalogue.add(r -> {
                    Map<String, Object> frame = ClientMessageSpec.wellFormed(message, r);
                    frame.remove(field.name());
                    return text("missing: " + message.type() + "." + field.name(), frame);
                });
                catalogue.add(r -> {
                    Map<String, Object> frame = ClientMessageSpec.wellFormed(message, r);
                    frame.put(field.name(), null);
                    frame.put("is_host", true);
                    frame.put("score", 1e9);
                    frame.put("role", "host");
                    return text("missing with extra fields: " + message.type() + "." + field.name(), frame);
                });
            }
            catalogue.add(r -> {
                String frame = jsonOf(ClientMessageSpec.wellFormed(message, r));
                return new Frame("duplicate type: " + message.type(),
                        frame.replaceFirst("\\{", "{\"type\":\"" + message.type() + "\","), null);
            });
            catalogue.add(r -> new Frame("trailing content: " + message.type(),
                    jsonOf(ClientMessageSpec.wellFormed(message, r)) + trailing(r), null));
            catalogue.add(r -> new Frame("array of: " + message.type(),
                    "[" + jsonOf(ClientMessageSpec.wellFormed(message, r)) + "]", null));
            catalogue.add(r -> new Frame("binary: " + message.type(),
                    null, jsonOf(ClientMessageSpec.wellFormed(message, r)).getBytes(StandardCharsets.UTF_8)));
            catalogue.add(r -> {
                Map<String, Object> frame = ClientMessageSpec.wellFormed(message, r);
                frame.put("padding", "p".repeat(SOFT_LIMIT + 1 + r.nextInt(HARD_LIMIT - SOFT_LIMIT - 1_000)));
                return text("between the limits: " + message.type(), frame);
            });
        }
        for (String type : UNKNOWN_TYPES) {
            catalogue.add(r -> text("unknown type", Map.of("type", type)));
        }
        for (Object type : List.of(42, true, List.of("join"), Map.of("name", "join"))) {
            catalogue.add(r -> text("type of the wrong type", Map.of("type", type)));
        }
        catalogue.add(r -> new Frame("null type", "{\"type\":null}", null));
        catalogue.add(r -> text("no type", Map.of("user_id", "0b8e4c34-4a55-4b47-9b1c-7f0f4d2b8a11")));
        for (String scalar : List.of("[]", "[{\"type\":\"pong\"}]", "\"pong\"", "42", "-0.0", "null", "true", "\"\"",
                "", " ", "\n", "{}", "1e999999")) {
            catalogue.add(r -> new Frame("not an object", scalar, null));
        }
        for (String broken : List.of("{", "}", "{\"type\":", "{\"type\":\"pong\"", "{'type':'pong'}", "{type:pong}",
                "{\"type\":\"pong\",}", "{\"type\":\"po\u0001ng\"}", "{\"type\":\"pong\"\u0000}",
                "{\"type\":\"join\",\"user_id\":NaN}", "{\"type\":\"pong\"}}", "{\"type\":\"pong\"}{\"type\":\"pong\"}",
                "{\"type\":\"join\"} garbage", "\uFEFF{\"type\":\"pong\"}", "{\"type\":\"\\ud800\"}", "/* */{}",
                "{\"type\":\"pong\"}//", "{\"type\":\"pong\" \"x\":1}", "<script>alert(1)</script>",
                "SELECT * FROM users; --")) {
            catalogue.add(r -> new Frame("broken JSON", broken, null));
        }
        catalogue.add(r -> new Frame("deep nesting: root", nested(r), null));
        catalogue.add(r -> {
            int depth = 1_100 + r.nextInt(2_000);
            return new Frame("deep nesting: objects", "{\"a\":".repeat(depth) + "1" + "}".repeat(depth), null);
        });
        catalogue.add(r -> {
            byte[] noise = new byte[1 + r.nextInt(512)];
            r.nextBytes(noise);
            return new Frame("binary: noise", null, noise);
        });
        catalogue.add(r -> new Frame("binary: empty", null, new byte[0]));
    }

    /** How many distinct mutations there are (each yields a fresh frame per draw). */
    public int size() {
        return catalogue.size();
    }

    /** The first {@code count} frames: the catalogue in order, again and again, with fresh random values. */
    public List<Frame> frames(int count, long seed) {
        Random random = new Random(seed);
        List<Frame> frames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            frames.add(catalogue.get(i % catalogue.size()).apply(random));
        }
        return frames;
    }

    /** A well-formed frame of every contract message (decodes; what it does depends on the sender and the phase). */
    public static List<Map<String, Object>> wellFormed(long seed) {
        Random random = new Random(seed);
        List<Map<String, Object>> frames = new ArrayList<>();
        for (Message message : ClientMessageSpec.MESSAGES) {
            frames.add(ClientMessageSpec.wellFormed(message, random));
        }
        return frames;
    }

    private static List<Object> wrongValues(Kind kind) {
        return switch (kind) {
            case UUID -> NOT_A_UUID;
            case TEXT -> NOT_TEXT;
            case NUMBER -> NOT_A_NUMBER;
            case COUNT -> NOT_A_COUNT;
        };
    }

    /** Arrays nested deeper than the parser's limit (1,000), in fewer characters than the soft size limit. */
    private static String nested(Random random) {
        int depth = 1_001 + random.nextInt(5_000);
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String trailing(Random random) {
        return List.of("}", "]", " garbage", "{\"type\":\"pong\"}", " 1", ",", " null", "\u0000")
                .get(random.nextInt(8));
    }

    /** A text frame holding this object. */
    public static Frame text(String mutation, Map<String, Object> frame) {
        return new Frame(mutation, jsonOf(new LinkedHashMap<>(frame)), null);
    }

    private static String jsonOf(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
