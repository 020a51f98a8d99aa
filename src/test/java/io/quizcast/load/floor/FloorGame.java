package io.quizcast.load.floor;

import io.quizcast.load.floor.FloorMessages.AllAnswered;
import io.quizcast.load.floor.FloorMessages.AnswerReceived;
import io.quizcast.load.floor.FloorMessages.Entry;
import io.quizcast.load.floor.FloorMessages.EventComplete;
import io.quizcast.load.floor.FloorMessages.GameEnded;
import io.quizcast.load.floor.FloorMessages.GameStarted;
import io.quizcast.load.floor.FloorMessages.Leaderboard;
import io.quizcast.load.floor.FloorMessages.PhaseChanged;
import io.quizcast.load.floor.FloorMessages.Question;
import io.quizcast.load.floor.FloorMessages.Reveal;
import io.quizcast.load.floor.FloorMessages.Score;
import io.quizcast.load.floor.FloorMessages.ScoresUpdate;
import io.quizcast.load.floor.FloorMessages.SegmentComplete;
import io.quizcast.load.floor.FloorMessages.SegmentWinner;
import io.quizcast.load.floor.FloorMessages.Share;
import io.quizcast.load.floor.FloorMessages.StoredQuestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The live game of one event: phases, questions, answers, scores and the end; always run under the event's lock. */
final class FloorGame {

    /** A player's accepted answer to the open question. */
    private record Answer(String selected, int points) {
    }

    private final FloorEvent event;
    private final Map<FloorPlayer, Answer> answers = new HashMap<>();
    String status = "waiting";
    String phase = "not_started";
    private FloorSegment current;
    /** The running segment's questions as they were at start_game, and the answers offered for each. */
    private List<StoredQuestion> questions;
    private List<List<String>> offered;
    private int index = -1;
    private long openedNanos;
    private int eligible;
    private boolean firstQuestionSent;
    private boolean firstAckSent;

    FloorGame(FloorEvent event) {
        this.event = event;
    }

    void answer(FloorSocket s, UUID questionId, String selected) {
        FloorPlayer p = s.player;
        if (p == null || p.host) {
            s.error("not_joined", "Join the event before answering");
            return;
        }
        if (!phase.equals("showing_question")) {
            s.error("no_question", "No active question");
            return;
        }
        StoredQuestion q = questions.get(index);
        long t = (System.nanoTime() - openedNanos) / 1_000_000;
        long limit = event.timePerQuestion * 1000L;
        if (!q.id().equals(questionId)) {
            s.error("stale", "Stale answer for previous question");
        } else if (answers.containsKey(p)) {
            s.error("duplicate", "You have already submitted an answer for this question");
        } else if (t > limit + 500) {
            s.error("too_late", "Time expired. Your answer was not recorded");
        } else if (!offered.get(index).contains(selected)) {
            s.error("bad_message", "selected_answer is not one of the offered answers");
        } else {
            int points = selected.equals(q.correctAnswer()) ? (int) Math.max(1, (1000 * (limit - t)) / limit) : 0;
            answers.put(p, new Answer(selected, points));
            p.score += points;
            p.segmentScore += points;
            p.timeMs += t;
            p.segmentTimeMs += t;
            String ack = FloorMessages.encode(new AnswerReceived(p.identity(), q.id(), answers.size(), eligible));
            long delay = event.state.options.faultDelayAckMs();
            if (!firstAckSent && delay > 0) {
                event.state.vertx.setTimer(delay, timer -> s.send(ack));
            } else {
                s.send(ack);
            }
            firstAckSent = true;
            if (event.host != null && event.host.socket != null) {
                event.host.socket.send(ack);
            }
            if (answers.size() == eligible) {
                event.broadcast(new AllAnswered(answers.size(), eligible), null);
            }
        }
    }

    /** A host command: start_game, reveal_answer, show_leaderboard, next_question or end_game. */
    void command(FloorSocket s, String type, UUID segmentId) {
        if (s.player == null || s.player != event.host) {
            s.error("forbidden", "Only the host may send " + type);
            return;
        }
        boolean ok = switch (type) {
            case "start_game" -> (phase.equals("not_started") || phase.equals("segment_complete"))
                    && start(s, segmentId);
            case "reveal_answer" -> phase.equals("showing_question") && reveal();
            case "show_leaderboard" -> phase.equals("revealing_answer") && showLeaderboard();
            case "next_question" -> (phase.equals("revealing_answer") || phase.equals("showing_leaderboard"))
                    && next();
            case "end_game" -> (phase.equals("showing_question") || phase.equals("revealing_answer")
                    || phase.equals("showing_leaderboard")) && endSegment();
            default -> throw new IllegalArgumentException(type);
        };
        if (!ok) {
            s.error("invalid_phase", type + " is not allowed in phase " + phase);
        }
    }

    /** Starts the named segment, else the first one not completed with questions; not_found when none. */
    private boolean start(FloorSocket s, UUID segmentId) {
        FloorSegment seg = null;
        for (FloorSegment candidate : event.segments) {
            if (segmentId != null ? candidate.id.equals(segmentId)
                    : !candidate.status.equals("completed") && !candidate.questions.isEmpty()) {
                seg = candidate;
                break;
            }
        }
        if (seg == null || seg.questions.isEmpty()) {
            s.error("not_found", "No segment with questions to start");
            return true;
        }
        current = seg;
        questions = List.copyOf(seg.questions);
        seg.status = "quizzing";
        status = "active";
        offered = new ArrayList<>();
        for (StoredQuestion q : questions) {
            offered.add(offer(q));
        }
        for (FloorPlayer p : event.players) {
            p.segmentScore = 0;
            p.segmentTimeMs = 0;
        }
        event.broadcast(new GameStarted(seg.id, questions.size()), null);
        open(0);
        return true;
    }

    /** The correct answer and the wrong ones, topped up from other questions' answers, shuffled once. */
    private List<String> offer(StoredQuestion q) {
        List<String> list = new ArrayList<>();
        list.add(q.correctAnswer());
        for (String fake : q.fakeAnswers()) {
            if (!list.contains(fake)) {
                list.add(fake);
            }
        }
        for (StoredQuestion other : questions) {
            if (list.size() > event.numFakeAnswers) {
                break;
            }
            if (!list.contains(other.correctAnswer())) {
                list.add(other.correctAnswer());
            }
        }
        Collections.shuffle(list, ThreadLocalRandom.current());
        return List.copyOf(list);
    }

    private void open(int i) {
        index = i;
        phase = "showing_question";
        answers.clear();
        eligible = event.players.size();
        openedNanos = System.nanoTime();
        Instant now = Instant.now();
        StoredQuestion q = questions.get(i);
        event.broadcast(phaseChanged(), null);
        Question frame = new Question(q.id(), i + 1, questions.size(), q.questionText(), offered.get(i),
                event.timePerQuestion, FloorMessages.iso(now),
                FloorMessages.iso(now.plusSeconds(event.timePerQuestion)));
        event.broadcast(frame, firstQuestionSent ? null : event.dropQuestionTo);
        firstQuestionSent = true;
    }

    private boolean reveal() {
        phase = "revealing_answer";
        event.broadcast(phaseChanged(), null);
        StoredQuestion q = questions.get(index);
        List<String> options = offered.get(index);
        int[] counts = new int[options.size()];
        for (Answer a : answers.values()) {
            counts[options.indexOf(a.selected())]++;
        }
        List<Share> distribution = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            double pct = answers.isEmpty() ? 0 : Math.round(counts[i] * 1000.0 / answers.size()) / 10.0;
            distribution.add(new Share(options.get(i), counts[i], pct, options.get(i).equals(q.correctAnswer())));
        }
        FloorRanking ranking = FloorRanking.of(event.players, false);
        event.broadcast(new Reveal(q.id(), index + 1, q.questionText(), q.correctAnswer(), distribution,
                FloorRanking.of(event.players, true).top(true), ranking.top(false)), null);
        List<Score> top = new ArrayList<>();
        for (int i = 0; i < ranking.order().size(); i++) {
            FloorPlayer p = ranking.order().get(i);
            Answer a = answers.get(p);
            Score score = new Score(p.identity(), a == null ? 0 : a.points(), p.score, p.segmentScore,
                    ranking.ranks()[i]);
            if (p.socket != null) {
                p.socket.send(FloorMessages.encode(new ScoresUpdate(List.of(score))));
            }
            if (i < 10) {
                top.add(score);
            }
        }
        if (event.host != null && event.host.socket != null) {
            event.host.socket.send(FloorMessages.encode(new ScoresUpdate(top)));
        }
        return true;
    }

    private boolean showLeaderboard() {
        phase = "showing_leaderboard";
        event.broadcast(phaseChanged(), null);
        event.broadcast(new Leaderboard(FloorRanking.of(event.players, true).top(true),
                FloorRanking.of(event.players, false).top(false)), null);
        return true;
    }

    private boolean next() {
        if (index + 1 < questions.size()) {
            open(index + 1);
            return true;
        }
        return endSegment();
    }

    private boolean endSegment() {
        current.status = "completed";
        List<Entry> segmentTop = FloorRanking.of(event.players, true).top(true);
        List<Entry> eventTop = FloorRanking.of(event.players, false).top(false);
        Entry segmentWinner = segmentTop.isEmpty() ? null : segmentTop.get(0);
        Entry eventLeader = eventTop.isEmpty() ? null : eventTop.get(0);
        current.winner = new SegmentWinner(current.id, current.displayTitle(),
                segmentWinner == null ? null : segmentWinner.username(),
                segmentWinner == null ? null : segmentWinner.score());
        event.broadcast(new GameEnded(current.id), null);
        phase = "segment_complete";
        index = -1;
        event.broadcast(phaseChanged(), null);
        event.broadcast(
                new SegmentComplete(current.id, current.displayTitle(), current.presenterName, segmentTop, eventTop,
                        segmentWinner, eventLeader),
                null);
        List<SegmentWinner> winners = new ArrayList<>();
        for (FloorSegment s : event.segments) {
            if (!s.questions.isEmpty() && !s.status.equals("completed")) {
                return true;
            }
            if (s.winner != null) {
                winners.add(s.winner);
            }
        }
        phase = "event_complete";
        status = "finished";
        event.broadcast(phaseChanged(), null);
        event.broadcast(new EventComplete(event.id, eventTop, eventLeader, winners), null);
        return true;
    }

    private PhaseChanged phaseChanged() {
        return new PhaseChanged(phase, index >= 0 ? index : null, current != null ? questions.size() : null,
                current != null ? current.id : null);
    }
}
