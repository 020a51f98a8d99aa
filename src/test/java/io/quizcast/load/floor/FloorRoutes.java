package io.quizcast.load.floor;

import io.quizcast.load.floor.FloorMessages.Auth;
import io.quizcast.load.floor.FloorMessages.Bulk;
import io.quizcast.load.floor.FloorMessages.ErrorBody;
import io.quizcast.load.floor.FloorMessages.StoredQuestion;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The REST subset of the contract, and the WebSocket upgrade, as a Vert.x Web router over the floor's state. */
final class FloorRoutes {

    /** A failure that answers with the contract's error shape. */
    private static final class Failure extends RuntimeException {

        final int status;
        final String code;

        Failure(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    private final FloorState state;

    private FloorRoutes(FloorState state) {
        this.state = state;
    }

    static Router router(Vertx vertx, FloorState state) {
        FloorRoutes r = new FloorRoutes(state);
        Router router = Router.router(vertx);
        router.route().method(HttpMethod.POST).handler(BodyHandler.create(false).setBodyLimit(1 << 20));
        router.get("/q/health/ready").handler(c -> r.reply(c, 200, new JsonObject().put("status", "UP")));
        router.get("/api/health").handler(c -> r.reply(c, 200, new JsonObject().put("status", "healthy")));
        router.post("/api/auth/register").handler(r.guard(r::register));
        router.post("/api/auth/login").handler(r.guard(r::login));
        router.post("/api/quizzes").handler(r.guard(r::createEvent));
        router.post("/api/events").handler(r.guard(r::createEvent));
        router.post("/api/quizzes/:id/questions").handler(r.guard(r::createSegment));
        router.post("/api/events/:id/segments").handler(r.guard(r::createSegment));
        router.post("/api/segments/:sid/questions/bulk").handler(r.guard(c -> r.addQuestions(c, true)));
        router.post("/api/segments/:sid/questions").handler(r.guard(c -> r.addQuestions(c, false)));
        router.post("/api/events/join").handler(r.guard(r::join));
        router.get("/api/ws/event/:id").handler(r.guard(r::upgrade));
        router.route().last().handler(c -> r.fail(c, new Failure(404, "not_found", "Not found")));
        return router;
    }

    private void register(RoutingContext c) {
        JsonObject body = body(c);
        FloorState.Account a = state.register(text(body, "username"), text(body, "password"),
                body.getString("display_name"));
        if (a == null) {
            throw new Failure(409, "username_taken", "Username already taken");
        }
        reply(c, 201, new Auth(state.issueToken(a), a.view()));
    }

    private void login(RoutingContext c) {
        JsonObject body = body(c);
        FloorState.Account a = state.login(text(body, "username"), text(body, "password"));
        if (a == null) {
            throw new Failure(401, "unauthorized", "Invalid username or password");
        }
        reply(c, 200, new Auth(state.issueToken(a), a.view()));
    }

    private void createEvent(RoutingContext c) {
        FloorState.Account host = auth(c);
        JsonObject body = body(c);
        FloorEvent e = state.createEvent(host, text(body, "title"), body.getInteger("time_per_question", 30),
                body.getInteger("num_fake_answers", 3));
        reply(c, 201, e.view());
    }

    private void createSegment(RoutingContext c) {
        FloorEvent e = hosted(c, state.event(c.pathParam("id")));
        JsonObject body = body(c);
        FloorSegment s = e.addSegment(text(body, "presenter_name"), body.getString("title"));
        state.addSegment(s.id, e);
        reply(c, 201, e.view(s));
    }

    private void addQuestions(RoutingContext c, boolean bulk) {
        String sid = c.pathParam("sid");
        FloorEvent e = hosted(c, state.eventOfSegment(sid));
        JsonObject body = body(c);
        JsonArray items = bulk ? body.getJsonArray("questions", new JsonArray()) : new JsonArray().add(body);
        List<StoredQuestion> drafts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonObject q = items.getJsonObject(i);
            JsonArray fakes = q.getJsonArray("fake_answers", q.getJsonArray("wrong_answers", new JsonArray()));
            List<String> fakeAnswers = new ArrayList<>();
            fakes.forEach(f -> fakeAnswers.add(String.valueOf(f)));
            drafts.add(new StoredQuestion(null, null, text(q, "question_text"), text(q, "correct_answer"),
                    List.copyOf(fakeAnswers), 0));
        }
        List<StoredQuestion> stored = e.addQuestions(UUID.fromString(sid), drafts);
        if (bulk) {
            reply(c, 200, new Bulk(stored.size(), 0, List.of(), stored));
        } else {
            reply(c, 201, stored.get(0));
        }
    }

    private void join(RoutingContext c) {
        JsonObject body = body(c);
        FloorEvent e = state.eventByCode(body.getString("code"));
        if (e == null) {
            throw new Failure(404, "not_found", "Event not found");
        }
        String fingerprint = body.getString("device_fingerprint", body.getString("deviceFingerprint"));
        UUID device = fingerprint == null ? UUID.randomUUID() : deviceId(fingerprint);
        String header = c.request().getHeader("Authorization");
        FloorState.Account account = header == null ? null : auth(c);
        boolean[] rejoining = new boolean[1];
        FloorPlayer p = e.join(device, text(body, "display_name"), account, rejoining);
        reply(c, 200, new JsonObject().put("eventId", e.id.toString())
                .put("participantId", p.participantId.toString())
                .put("deviceId", device.toString())
                .put("sessionToken", state.issueSession(p))
                .put("displayName", p.name)
                .put("isRejoining", rejoining[0]));
    }

    private void upgrade(RoutingContext c) {
        FloorEvent e = state.event(c.pathParam("id"));
        if (e == null) {
            throw new Failure(404, "not_found", "Event not found");
        }
        String token = c.request().getParam("token");
        boolean observer = token == null || token.isEmpty() || token.equals("null");
        FloorState.Account account = observer ? null : state.account(token);
        FloorPlayer session = observer || account != null ? null : state.session(token);
        boolean valid = observer || account != null || session != null && session.event == e;
        c.request().toWebSocket().onSuccess(ws -> {
            if (valid) {
                new FloorSocket(ws, e, account, session).start();
            } else {
                ws.close((short) 4401, "invalid token");
            }
        });
    }

    private static UUID deviceId(String fingerprint) {
        try {
            return UUID.fromString(fingerprint);
        } catch (IllegalArgumentException notUuid) {
            return UUID.nameUUIDFromBytes(fingerprint.getBytes(StandardCharsets.UTF_8));
        }
    }

    private FloorState.Account auth(RoutingContext c) {
        String header = c.request().getHeader("Authorization");
        FloorState.Account a = header != null && header.startsWith("Bearer ") ? state.account(header.substring(7))
                : null;
        if (a == null) {
            throw new Failure(401, "unauthorized", "Not authenticated");
        }
        return a;
    }

    private FloorEvent hosted(RoutingContext c, FloorEvent e) {
        FloorState.Account a = auth(c);
        if (e == null) {
            throw new Failure(404, "not_found", "Not found");
        }
        if (!e.hostId.equals(a.id())) {
            throw new Failure(403, "forbidden", "Only the host may do this");
        }
        return e;
    }

    private static JsonObject body(RoutingContext c) {
        try {
            JsonObject body = c.body().asJsonObject();
            if (body == null) {
                throw new Failure(422, "validation_failed", "A JSON body is required");
            }
            return body;
        } catch (ClassCastException | io.vertx.core.json.DecodeException e) {
            throw new Failure(422, "validation_failed", "The body is not a JSON object");
        }
    }

    private static String text(JsonObject body, String field) {
        if (!(body.getValue(field) instanceof String s) || s.isBlank()) {
            throw new Failure(422, "validation_failed", field + " is required");
        }
        return s;
    }

    private Handler<RoutingContext> guard(Handler<RoutingContext> handler) {
        return c -> {
            try {
                handler.handle(c);
            } catch (Failure f) {
                fail(c, f);
            } catch (RuntimeException e) {
                fail(c, new Failure(500, "internal_error", "Internal error: " + e));
            }
        };
    }

    private void fail(RoutingContext c, Failure f) {
        reply(c, f.status, new ErrorBody(f.getMessage(), f.code));
    }

    private void reply(RoutingContext c, int status, Object body) {
        String text = body instanceof JsonObject json ? json.encode() : FloorMessages.encode(body);
        c.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(text);
    }
}
