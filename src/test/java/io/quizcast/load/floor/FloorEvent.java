package io.quizcast.load.floor;

import io.quizcast.load.floor.FloorMessages.Connected;
import io.quizcast.load.floor.FloorMessages.Event;
import io.quizcast.load.floor.FloorMessages.Frame;
import io.quizcast.load.floor.FloorMessages.Info;
import io.quizcast.load.floor.FloorMessages.ParticipantJoined;
import io.quizcast.load.floor.FloorMessages.Segment;
import io.quizcast.load.floor.FloorMessages.StoredQuestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One event: its segments, participants and sockets, and its {@link FloorGame}; everything runs under the event's
 * lock. A broadcast encodes its frame once and writes that same text to every socket of the event.
 */
final class FloorEvent {

    final UUID id = UUID.randomUUID();
    final FloorState state;
    final UUID hostId;
    final String title;
    final String code;
    final int timePerQuestion;
    final int numFakeAnswers;
    final List<FloorPlayer> players = new ArrayList<>();
    final List<FloorSegment> segments = new ArrayList<>();
    /** The host's participant, once the host joined. */
    FloorPlayer host;
    /** The player socket that the first question skips (--fault-drop-question). */
    FloorSocket dropQuestionTo;
    private final String createdAt = FloorMessages.iso(Instant.now());
    private final Map<UUID, FloorPlayer> byIdentity = new LinkedHashMap<>();
    private final Map<UUID, FloorPlayer> byDevice = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>();
    private final Set<FloorSocket> sockets = new LinkedHashSet<>();
    private final FloorGame game = new FloorGame(this);
    private int playerSockets;

    FloorEvent(FloorState state, UUID hostId, String title, String code, int timePerQuestion, int numFakeAnswers) {
        this.state = state;
        this.hostId = hostId;
        this.title = title;
        this.code = code;
        this.timePerQuestion = timePerQuestion;
        this.numFakeAnswers = numFakeAnswers;
    }

    synchronized Event view() {
        return new Event(id, hostId, title, null, code, "listen_only", game.status, numFakeAnswers, timePerQuestion,
                "skip",
                false, null, null, null, createdAt);
    }

    synchronized FloorSegment addSegment(String presenterName, String segTitle) {
        FloorSegment s = new FloorSegment(presenterName, segTitle, segments.size());
        segments.add(s);
        return s;
    }

    synchronized Segment view(FloorSegment s) {
        return new Segment(s.id, id, s.presenterName, hostId, s.title, s.orderIndex, s.status, s.createdAt,
                s.questions.size());
    }

    synchronized List<StoredQuestion> addQuestions(UUID segmentId, List<StoredQuestion> drafts) {
        FloorSegment s = segment(segmentId);
        List<StoredQuestion> stored = new ArrayList<>();
        for (StoredQuestion d : drafts) {
            StoredQuestion q = new StoredQuestion(UUID.randomUUID(), s.id, d.questionText(), d.correctAnswer(),
                    d.fakeAnswers(), s.questions.size());
            s.questions.add(q);
            stored.add(q);
        }
        return stored;
    }

    /** A REST join: a new participant, or the same one again for the same device or account. */
    synchronized FloorPlayer join(UUID device, String displayName, FloorState.Account account, boolean[] rejoining) {
        FloorPlayer p = account != null ? byIdentity.get(account.id()) : null;
        if (p == null) {
            p = byDevice.get(device);
        }
        rejoining[0] = p != null;
        if (p == null) {
            p = add(account, displayName);
            byDevice.put(device, p);
        }
        return p;
    }

    private FloorPlayer add(FloorState.Account account, String displayName) {
        String base = displayName.trim();
        String name = base;
        if (names.contains(name)) {
            int k = nextSuffix.getOrDefault(base, 2);
            while (names.contains(base + " " + k)) {
                k++;
            }
            nextSuffix.put(base, k + 1);
            name = base + " " + k;
        }
        names.add(name);
        boolean isHost = account != null && account.id().equals(hostId);
        FloorPlayer p = new FloorPlayer(this, account != null ? account.id() : null, name, isHost, byIdentity.size());
        byIdentity.put(p.identity(), p);
        if (isHost) {
            host = p;
        } else {
            players.add(p);
        }
        return p;
    }

    synchronized void attach(FloorSocket s) {
        sockets.add(s);
    }

    synchronized void detach(FloorSocket s) {
        sockets.remove(s);
        if (s.player != null && s.player.socket == s) {
            s.player.socket = null;
        }
    }

    synchronized void join(FloorSocket s, Object userId) {
        FloorPlayer p;
        if (s.account != null) {
            if (userId != null && !s.account.id().toString().equals(userId)) {
                s.error("forbidden", "user_id does not match the token");
                return;
            }
            p = byIdentity.get(s.account.id());
            if (p == null) {
                p = add(s.account, s.account.displayName());
            }
        } else if (s.session != null) {
            p = s.session;
        } else {
            s.error("forbidden", "An observer cannot join");
            return;
        }
        boolean repeat = s.player == p;
        boolean reconnected = p.everConnected;
        if (!repeat) {
            if (p.socket != null) {
                p.socket.replaced();
            }
            p.socket = s;
            p.everConnected = true;
            s.player = p;
            if (!p.host && ++playerSockets == state.options.faultDropQuestion()) {
                dropQuestionTo = s;
            }
        }
        List<Info> list = new ArrayList<>(List.of(p.info()));
        if (host != null && host != p) {
            list.add(host.info());
        }
        s.send(FloorMessages.encode(new Connected(list, byIdentity.size(), p.info(), game.status, game.phase)));
        if (!repeat && !p.host && host != null && host.socket != null) {
            host.socket.send(FloorMessages.encode(new ParticipantJoined(p.info(), reconnected)));
        }
    }

    synchronized void answer(FloorSocket s, UUID questionId, String selected) {
        game.answer(s, questionId, selected);
    }

    synchronized void command(FloorSocket s, String type, UUID segmentId) {
        game.command(s, type, segmentId);
    }

    synchronized FloorSegment segment(UUID segmentId) {
        for (FloorSegment s : segments) {
            if (s.id.equals(segmentId)) {
                return s;
            }
        }
        return null;
    }

    /** Encodes the frame once and writes the same text to every socket of the event but {@code skip}. */
    void broadcast(Frame frame, FloorSocket skip) {
        String text = FloorMessages.encode(frame);
        for (FloorSocket s : sockets) {
            if (s != skip) {
                s.send(text);
            }
        }
    }
}
