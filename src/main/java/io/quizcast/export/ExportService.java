package io.quizcast.export;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quizcast.common.json.Times;
import io.quizcast.common.sql.PooledStatements;
import io.quizcast.event.EventView;
import io.quizcast.event.service.EventAccess;
import io.quizcast.leaderboard.LeaderboardEntry;
import io.quizcast.leaderboard.repository.LeaderboardRepository;
import io.quizcast.participant.ParticipantView;
import io.quizcast.participant.Presence;
import io.quizcast.participant.repository.ParticipantRepository;
import io.quizcast.question.QuestionView;
import io.quizcast.question.repository.QuestionRepository;
import io.quizcast.segment.SegmentView;
import io.quizcast.segment.repository.SegmentRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Builds an event's results as JSON (everything, answer by answer) or CSV (the final ranking). */
@ApplicationScoped
public class ExportService {

    static final int ALL = Integer.MAX_VALUE;
    private static final String ANSWERS = """
            SELECT a.participant_id, a.question_id, a.segment_id, a.selected_answer, a.is_correct,
                   a.response_time_ms, a.points
            FROM answers a JOIN segments s ON s.id = a.segment_id
            WHERE s.event_id = $1
            ORDER BY s.order_index, a.answered_at, a.id""";
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setHeader("Rank", "Display Name", "Score", "Response Time (ms)", "Late Joiner").get();

    private final EventAccess events;
    private final SegmentRepository segments;
    private final QuestionRepository questions;
    private final ParticipantRepository participants;
    private final LeaderboardRepository leaderboards;
    private final Presence presence;
    private final PooledStatements statements;

    ExportService(EventAccess events, SegmentRepository segments, QuestionRepository questions,
            ParticipantRepository participants, LeaderboardRepository leaderboards, Presence presence,
            PooledStatements statements) {
        this.events = events;
        this.segments = segments;
        this.questions = questions;
        this.participants = participants;
        this.leaderboards = leaderboards;
        this.presence = presence;
        this.statements = statements;
    }

    @WithSession
    public Uni<EventExport> json(UUID callerId, UUID eventId) {
        return events.findHosted(eventId, callerId).chain(event -> segments.listByEvent(eventId)
                .chain(segs -> questions.listBySegments(segs.stream().map(s -> s.id).toList()).chain(qs -> {
                    Map<UUID, List<QuestionView>> bySegment = qs.stream().map(QuestionView::of)
                            .collect(Collectors.groupingBy(QuestionView::segmentId));
                    List<EventExport.SegmentExport> segmentExports = segs.stream().map(s -> {
                        List<QuestionView> own = bySegment.getOrDefault(s.id, List.of());
                        return new EventExport.SegmentExport(SegmentView.of(s, own.size()), own);
                    }).toList();
                    return participants.listByScore(eventId).chain(people -> leaderboards.event(eventId, ALL, 0)
                            .chain(ranking -> answers(eventId).map(answers -> new EventExport(EventView.of(event),
                                    segmentExports,
                                    people.stream().map(p -> ParticipantView.of(p, presence.isOnline(eventId, p.id)))
                                            .toList(),
                                    ranking.stream().map(ExportService::finalEntry).toList(),
                                    answers, Times.now()))));
                })));
    }

    /** The CSV export and the event title it is named after. */
    public record Csv(String title, String body) {
    }

    @WithSession
    public Uni<Csv> csv(UUID callerId, UUID eventId) {
        return events.findHosted(eventId, callerId).chain(event -> leaderboards.event(eventId, ALL, 0)
                .map(ranking -> new Csv(event.title, csv(ranking))));
    }

    static String csv(List<LeaderboardEntry> ranking) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            for (LeaderboardEntry entry : ranking) {
                printer.printRecord(entry.rank(), entry.username(), entry.score(), entry.responseTimeMs(),
                        entry.isLateJoiner() ? "Yes" : "No");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Uni<List<EventExport.AnswerRow>> answers(UUID eventId) {
        return statements.query(ANSWERS, Tuple.of(eventId)).map(rows -> {
            List<EventExport.AnswerRow> answers = new ArrayList<>(rows.size());
            for (Row row : rows) {
                answers.add(new EventExport.AnswerRow(row.getUUID("participant_id"), row.getUUID("question_id"),
                        row.getUUID("segment_id"), row.getString("selected_answer"), row.getBoolean("is_correct"),
                        row.getInteger("response_time_ms"), row.getInteger("points")));
            }
            return answers;
        });
    }

    private static EventExport.FinalEntry finalEntry(LeaderboardEntry e) {
        return new EventExport.FinalEntry(e.rank(), e.username(), e.score(), e.responseTimeMs(), e.isLateJoiner());
    }
}
