package io.quizcast.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The contract's client messages (websocket.md, "Messages from the client"): each type with its fields. */
public final class ClientMessageSpec {

    /** The kind of a field's value. */
    public enum Kind {
        UUID,
        TEXT,
        NUMBER,
        COUNT
    }

    /** One field: its name, kind, and whether the message is incomplete without it. */
    public record Field(String name, Kind kind, boolean required) {
    }

    /** One message type and its fields. */
    public record Message(String type, List<Field> fields, boolean hostOnly) {

        public List<Field> required() {
            return fields.stream().filter(Field::required).toList();
        }
    }

    public static final List<Message> MESSAGES = List.of(
            new Message("join", List.of(optional("user_id", Kind.UUID), optional("session_code", Kind.UUID)), false),
            new Message("pong", List.of(), false),
            new Message("answer", List.of(required("question_id", Kind.UUID), required("selected_answer", Kind.TEXT),
                    optional("response_time_ms", Kind.NUMBER)), false),
            new Message("start_game", List.of(optional("segment_id", Kind.UUID)), true),
            new Message("reveal_answer", List.of(), true),
            new Message("show_leaderboard", List.of(), true),
            new Message("next_question", List.of(), true),
            new Message("end_game", List.of(), true),
            new Message("select_presenter", List.of(required("presenter_user_id", Kind.UUID)), true),
            new Message("start_presentation", List.of(optional("title", Kind.TEXT)), true),
            new Message("pass_presenter", List.of(required("next_presenter_user_id", Kind.UUID)), true),
            new Message("admin_select_presenter",
                    List.of(required("presenter_user_id", Kind.UUID), required("segment_id", Kind.UUID)), true),
            new Message("resume_segment", List.of(required("segment_id", Kind.UUID)), true),
            new Message("start_mega_quiz", List.of(optional("question_count", Kind.COUNT)), true),
            new Message("skip_mega_quiz", List.of(), true));

    private ClientMessageSpec() {
    }

    /** A well-formed instance: every field present with a valid value of its kind. */
    public static Map<String, Object> wellFormed(Message message, java.util.Random random) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", message.type());
        for (Field field : message.fields()) {
            frame.put(field.name(), validValue(field.kind(), random));
        }
        return frame;
    }

    static Object validValue(Kind kind, java.util.Random random) {
        return switch (kind) {
            case UUID -> new java.util.UUID(random.nextLong(), random.nextLong()).toString();
            case TEXT -> "text " + random.nextInt(1000);
            case NUMBER -> random.nextInt(30_000);
            case COUNT -> 1 + random.nextInt(100);
        };
    }

    private static Field required(String name, Kind kind) {
        return new Field(name, kind, true);
    }

    private static Field optional(String name, Kind kind) {
        return new Field(name, kind, false);
    }
}
