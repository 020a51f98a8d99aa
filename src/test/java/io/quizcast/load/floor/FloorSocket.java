package io.quizcast.load.floor;

import io.quizcast.load.floor.FloorMessages.Error;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** One client WebSocket: parses each text frame as JSON, checks its fields and hands it to its event. */
final class FloorSocket {

    final ServerWebSocket ws;
    final FloorEvent event;
    final FloorState.Account account;
    final FloorPlayer session;
    /** Set by the event on join, under its lock. */
    FloorPlayer player;

    FloorSocket(ServerWebSocket ws, FloorEvent event, FloorState.Account account, FloorPlayer session) {
        this.ws = ws;
        this.event = event;
        this.account = account;
        this.session = session;
    }

    void start() {
        ws.closeHandler(v -> event.detach(this));
        ws.textMessageHandler(this::onText);
        event.attach(this);
    }

    void send(String text) {
        if (!ws.isClosed()) {
            ws.writeTextMessage(text);
        }
    }

    void error(String code, String message) {
        send(FloorMessages.encode(new Error(code, message)));
    }

    void replaced() {
        ws.close((short) 4409, "replaced by a newer connection");
    }

    private void onText(String text) {
        JsonObject frame;
        try {
            frame = new JsonObject(text);
        } catch (RuntimeException e) {
            error("bad_message", "Frame is not a JSON object");
            return;
        }
        if (!(frame.getValue("type") instanceof String type)) {
            error("bad_message", "Frame lacks a string type");
            return;
        }
        switch (type) {
            case "pong" -> {
            }
            case "join" -> event.join(this, frame.getValue("user_id"));
            case "answer" -> {
                UUID questionId = uuid(frame.getValue("question_id"));
                if (questionId == null || !(frame.getValue("selected_answer") instanceof String selected)) {
                    error("bad_message", "answer needs a question_id (UUID) and a selected_answer (string)");
                    return;
                }
                event.answer(this, questionId, selected);
            }
            case "start_game", "reveal_answer", "show_leaderboard", "next_question", "end_game" -> {
                Object segment = frame.getValue("segment_id");
                UUID segmentId = uuid(segment);
                if (segment != null && segmentId == null) {
                    error("bad_message", "segment_id must be a UUID");
                    return;
                }
                event.command(this, type, segmentId);
            }
            default -> error("bad_message", "Unknown message type: " + type);
        }
    }

    private static UUID uuid(Object value) {
        try {
            return value instanceof String s ? UUID.fromString(s) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
