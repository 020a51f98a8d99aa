package io.quizcast.load.floor;

import io.quizcast.load.floor.FloorMessages.User;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Everything the floor stores, in memory and thread-safe: accounts, tokens, sessions, events and segments. */
final class FloorState {

    /** An account; the password is kept as given (the floor has no crypto). */
    record Account(UUID id, String username, String password, String displayName, String createdAt) {

        User view() {
            return new User(id, username, displayName, username + "@quiz.local", "presenter", null, createdAt);
        }
    }

    private static final String CODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    final Vertx vertx;
    final FloorOptions options;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, Account> tokens = new ConcurrentHashMap<>();
    private final Map<String, FloorPlayer> sessions = new ConcurrentHashMap<>();
    private final Map<UUID, FloorEvent> events = new ConcurrentHashMap<>();
    private final Map<String, FloorEvent> codes = new ConcurrentHashMap<>();
    private final Map<UUID, FloorEvent> segments = new ConcurrentHashMap<>();

    FloorState(Vertx vertx, FloorOptions options) {
        this.vertx = vertx;
        this.options = options;
    }

    /** The new account, or null when the username is taken. */
    Account register(String username, String password, String displayName) {
        Account a = new Account(UUID.randomUUID(), username, password, displayName != null ? displayName : username,
                FloorMessages.iso(Instant.now()));
        return accounts.putIfAbsent(username, a) == null ? a : null;
    }

    Account login(String username, String password) {
        Account a = accounts.get(username);
        return a != null && a.password().equals(password) ? a : null;
    }

    String issueToken(Account account) {
        String token = randomToken();
        tokens.put(token, account);
        return token;
    }

    String issueSession(FloorPlayer player) {
        String token = randomToken();
        sessions.put(token, player);
        return token;
    }

    Account account(String token) {
        return token == null ? null : tokens.get(token);
    }

    FloorPlayer session(String token) {
        return token == null ? null : sessions.get(token);
    }

    FloorEvent createEvent(Account host, String title, int timePerQuestion, int numFakeAnswers) {
        while (true) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                code.append(CODE_CHARS.charAt(ThreadLocalRandom.current().nextInt(CODE_CHARS.length())));
            }
            FloorEvent event = new FloorEvent(this, host.id(), title, code.toString(), timePerQuestion,
                    numFakeAnswers);
            if (codes.putIfAbsent(event.code, event) == null) {
                events.put(event.id, event);
                return event;
            }
        }
    }

    FloorEvent event(String id) {
        try {
            return events.get(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    FloorEvent eventByCode(String code) {
        return code == null ? null : codes.get(code.toUpperCase());
    }

    void addSegment(UUID segmentId, FloorEvent event) {
        segments.put(segmentId, event);
    }

    FloorEvent eventOfSegment(String segmentId) {
        try {
            return segments.get(UUID.fromString(segmentId));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String randomToken() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong());
    }
}
