package io.quizcast.generation.draft.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quizcast.common.error.ApiException;
import io.quizcast.common.notify.LiveNotice;
import io.quizcast.common.notify.LiveNotices;
import io.quizcast.generation.draft.ApproveResult;
import io.quizcast.generation.draft.DraftView;
import io.quizcast.generation.draft.repository.DraftStore;
import io.quizcast.question.Question;
import io.quizcast.question.QuestionInput;
import io.quizcast.question.QuestionRules;
import io.quizcast.question.QuestionView;
import io.quizcast.question.repository.QuestionRepository;
import io.quizcast.question.service.QuestionService;
import io.quizcast.segment.service.SegmentAccess;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Review before play: the host or the segment's presenter reads, edits and deletes drafts, then approves them. Only
 * an approval makes questions of them (and tells the event its quiz is ready); until then nothing of the game sees
 * them.
 */
@ApplicationScoped
public class DraftService {

    static final String DRAFT_NOT_FOUND = "Draft not found";

    private final DraftStore drafts;
    private final SegmentAccess access;
    private final QuestionRepository questions;
    private final LiveNotices notices;
    private final ObjectMapper mapper;

    DraftService(DraftStore drafts, SegmentAccess access, QuestionRepository questions, LiveNotices notices,
            ObjectMapper mapper) {
        this.drafts = drafts;
        this.access = access;
        this.questions = questions;
        this.notices = notices;
        this.mapper = mapper;
    }

    @WithSession
    public Uni<List<DraftView>> list(UUID caller, UUID segmentId) {
        return access.findForHostOrPresenter(segmentId, caller).chain(() -> drafts.list(segmentId))
                .map(list -> list.stream().map(this::view).toList());
    }

    /** Changes a draft's question; the same rules as a question's update. */
    @WithSession
    public Uni<DraftView> update(UUID caller, UUID draftId, QuestionInput patch) {
        return find(caller, draftId).chain(draft -> {
            QuestionInput merged = QuestionService.merge(input(draft), patch);
            QuestionRules.Violation violation = QuestionRules.violation(merged);
            if (violation != null) {
                throw ApiException.invalid(violation.field(), violation.message());
            }
            String body = json(merged);
            return drafts.update(draftId, body).map(updated -> {
                if (!updated) {
                    throw ApiException.notFound(DRAFT_NOT_FOUND);
                }
                return view(new DraftStore.Draft(draft.id(), draft.segmentId(), draft.jobId(), draft.orderIndex(),
                        body, draft.qualityScore(), draft.evidence(), draft.createdAt()));
            });
        });
    }

    @WithSession
    public Uni<Void> delete(UUID caller, UUID draftId) {
        return find(caller, draftId).chain(draft -> drafts.delete(draftId)).replaceWithVoid();
    }

    /**
     * The drafts become questions of the segment, after its questions, in one transaction that also tells the event
     * its quiz is ready; drafts approved twice at once become questions once (the rows are locked and deleted).
     */
    @WithTransaction
    public Uni<ApproveResult> approve(UUID caller, UUID segmentId, List<UUID> ids) {
        return access.findForHostOrPresenter(segmentId, caller).chain(scoped -> Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        SELECT CAST(id AS text), CAST(body AS text), quality_score, evidence FROM question_drafts
                        WHERE segment_id = :segment ORDER BY order_index FOR UPDATE""", Object[].class)
                        .setParameter("segment", segmentId).getResultList()
                        .chain(rows -> {
                            Set<UUID> wanted = ids == null || ids.isEmpty() ? null : Set.copyOf(ids);
                            List<Object[]> chosen = rows.stream()
                                    .filter(r -> wanted == null || wanted.contains(UUID.fromString((String) r[0])))
                                    .toList();
                            if (chosen.isEmpty()) {
                                throw ApiException.conflict("no_drafts", "There are no drafts to approve"
                                        + (wanted == null ? "" : " among those named"));
                            }
                            List<UUID> chosenIds = chosen.stream().map(r -> UUID.fromString((String) r[0])).toList();
                            return session.createNativeQuery("DELETE FROM question_drafts WHERE id IN (:ids)")
                                    .setParameter("ids", chosenIds).executeUpdate()
                                    .chain(() -> questions.nextOrderIndex(segmentId))
                                    .chain(first -> {
                                        List<Question> created = new ArrayList<>();
                                        for (Object[] row : chosen) {
                                            created.add(question(segmentId, row, first + created.size()));
                                        }
                                        return questions.persist(created).replaceWith(created);
                                    });
                        }))
                .chain(created -> questions.countBySegment(segmentId)
                        .call(count -> notices.publish(new LiveNotice.RecordingStopped(scoped.event().id, segmentId,
                                scoped.segment().title, scoped.segment().presenterName, count)))
                        .map(count -> new ApproveResult(created.size(),
                                created.stream().map(QuestionView::of).toList()))));
    }

    private Question question(UUID segmentId, Object[] row, int orderIndex) {
        QuestionInput input = read((String) row[1]);
        QuestionRules.Violation violation = QuestionRules.violation(input);
        if (violation != null) {
            throw ApiException.invalid(violation.field(), "draft " + row[0] + ": " + violation.message());
        }
        Question question = QuestionService.newQuestion(segmentId, QuestionRules.clean(input), orderIndex);
        question.isAiGenerated = true;
        question.qualityScore = row[2] == null ? null : ((Number) row[2]).floatValue();
        question.sourceTranscript = (String) row[3];
        return question;
    }

    private Uni<DraftStore.Draft> find(UUID caller, UUID draftId) {
        return drafts.find(draftId).onItem().ifNull().failWith(() -> ApiException.notFound(DRAFT_NOT_FOUND))
                .call(draft -> access.findForHostOrPresenter(draft.segmentId(), caller));
    }

    private DraftView view(DraftStore.Draft draft) {
        QuestionInput input = input(draft);
        Question question = QuestionService.newQuestion(draft.segmentId(), QuestionRules.clean(input),
                draft.orderIndex());
        question.id = draft.id();
        question.isAiGenerated = true;
        question.qualityScore = draft.qualityScore();
        question.sourceTranscript = draft.evidence();
        question.createdAt = draft.createdAt();
        return new DraftView(QuestionView.of(question), draft.jobId(), draft.evidence());
    }

    private QuestionInput input(DraftStore.Draft draft) {
        return read(draft.body());
    }

    private QuestionInput read(String body) {
        try {
            return mapper.readValue(body, QuestionInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored draft that is not a question: " + e.getOriginalMessage(), e);
        }
    }

    private String json(QuestionInput input) {
        try {
            return mapper.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
