package io.quizcast.question.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quizcast.common.error.ApiException;
import io.quizcast.common.json.Times;
import io.quizcast.image.repository.ImageStore;
import io.quizcast.question.BulkImportResult;
import io.quizcast.question.ImportRow;
import io.quizcast.question.Question;
import io.quizcast.question.QuestionInput;
import io.quizcast.question.QuestionRules;
import io.quizcast.question.QuestionType;
import io.quizcast.question.QuestionView;
import io.quizcast.question.Slider;
import io.quizcast.question.repository.QuestionRepository;
import io.quizcast.segment.service.SegmentAccess;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Question rules: who may see and change them, single and all-or-nothing bulk creation. */
@ApplicationScoped
public class QuestionService {

    static final String QUESTION_NOT_FOUND = "Question not found";
    static final int MAX_BULK_ROWS = 500;
    static final String NOT_AN_IMAGE = "is not an image of this event";

    private final QuestionRepository questions;
    private final SegmentAccess segments;
    private final ImageStore images;

    QuestionService(QuestionRepository questions, SegmentAccess segments, ImageStore images) {
        this.questions = questions;
        this.segments = segments;
        this.images = images;
    }

    @WithSession
    public Uni<List<QuestionView>> list(UUID callerId, UUID segmentId) {
        return segments.findForHostOrPresenter(segmentId, callerId)
                .chain(() -> questions.listBySegment(segmentId))
                .map(list -> list.stream().map(QuestionView::of).toList());
    }

    @WithTransaction
    public Uni<QuestionView> create(UUID callerId, UUID segmentId, QuestionInput input) {
        QuestionRules.Violation violation = QuestionRules.violation(input);
        if (violation != null) {
            return Uni.createFrom().failure(ApiException.invalid(violation.field(), violation.message()));
        }
        QuestionRules.Clean clean = QuestionRules.clean(input);
        return segments.findForHostOrPresenter(segmentId, callerId)
                .call(scoped -> requireImage(scoped.event().id, clean.imageId()))
                .chain(() -> input.orderIndex() != null
                        ? Uni.createFrom().item(input.orderIndex())
                        : questions.nextOrderIndex(segmentId))
                .chain(order -> questions.persist(newQuestion(segmentId, clean, order)))
                .map(QuestionView::of);
    }

    /**
     * Imports every row or none (the contract: all-or-nothing per request). Rows are checked first; any bad row leaves
     * the segment untouched, and the answer names each bad row (position, line for a file, field, reason) and says in
     * words that nothing was imported.
     */
    @WithTransaction
    public Uni<BulkImportResult> importAll(UUID callerId, UUID segmentId, List<ImportRow> rows) {
        return segments.findForHostOrPresenter(segmentId, callerId).chain(scoped -> {
            if (rows == null || rows.isEmpty()) {
                throw ApiException.invalid("questions", "must contain at least one question");
            }
            if (rows.size() > MAX_BULK_ROWS) {
                throw ApiException.invalid("questions", "at most " + MAX_BULK_ROWS + " questions per import");
            }
            List<BulkImportResult.RowError> errors = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                QuestionRules.Violation violation = rows.get(i).violation();
                if (violation != null) {
                    errors.add(new BulkImportResult.RowError(i, violation.message(), i + 1, rows.get(i).line(),
                            violation.field(), violation.reason()));
                }
            }
            if (!errors.isEmpty()) {
                return Uni.createFrom().item(BulkImportResult.refused(errors));
            }
            return images.ofEvent(scoped.event().id, rows.stream().map(r -> QuestionRules.clean(r.input()).imageId())
                    .filter(Objects::nonNull).collect(Collectors.toSet()))
                    .chain(known -> importChecked(segmentId, rows, known));
        });
    }

    /** The rows passed the rules: each image must be the event's, then every row is stored. */
    private Uni<BulkImportResult> importChecked(UUID segmentId, List<ImportRow> rows, Set<UUID> known) {
        List<BulkImportResult.RowError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            UUID image = QuestionRules.clean(rows.get(i).input()).imageId();
            if (image != null && !known.contains(image)) {
                errors.add(new BulkImportResult.RowError(i, "image_id " + NOT_AN_IMAGE, i + 1, rows.get(i).line(),
                        "image_id", NOT_AN_IMAGE));
            }
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().item(BulkImportResult.refused(errors));
        }
        return questions.nextOrderIndex(segmentId).chain(first -> {
            List<Question> created = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                created.add(newQuestion(segmentId, QuestionRules.clean(rows.get(i).input()), first + i));
            }
            return questions.persist(created)
                    .replaceWith(BulkImportResult.imported(created.stream().map(QuestionView::of).toList()));
        });
    }

    /** A question may only show an image of its own event. */
    private Uni<Void> requireImage(UUID eventId, UUID imageId) {
        if (imageId == null) {
            return Uni.createFrom().voidItem();
        }
        return images.ofEvent(eventId, List.of(imageId)).invoke(found -> {
            if (found.isEmpty()) {
                throw ApiException.invalid("image_id", "image_id " + NOT_AN_IMAGE);
            }
        }).replaceWithVoid();
    }

    @WithTransaction
    public Uni<QuestionView> update(UUID callerId, UUID questionId, QuestionInput patch) {
        return find(questionId).chain(question -> segments.findForHostOrPresenter(question.segmentId, callerId)
                .chain(scoped -> {
                    QuestionInput merged = merge(QuestionView.of(question).asInput(), patch);
                    QuestionRules.Violation violation = QuestionRules.violation(merged);
                    if (violation != null) {
                        throw ApiException.invalid(violation.field(), violation.message());
                    }
                    QuestionRules.Clean clean = QuestionRules.clean(merged);
                    return requireImage(scoped.event().id, clean.imageId()).map(ok -> {
                        apply(question, clean);
                        question.orderIndex = merged.orderIndex();
                        return QuestionView.of(question);
                    });
                }));
    }

    @WithTransaction
    public Uni<Void> delete(UUID callerId, UUID questionId) {
        return find(questionId).chain(question -> segments.findForHostOrPresenter(question.segmentId, callerId)
                .chain(() -> questions.delete(question)));
    }

    private Uni<Question> find(UUID questionId) {
        return questions.findById(questionId).onItem().ifNull()
                .failWith(() -> ApiException.notFound(QUESTION_NOT_FOUND));
    }

    /** The stored question with the patch's fields over it (a field the patch leaves out stays as it is). */
    public static QuestionInput merge(QuestionInput stored, QuestionInput patch) {
        QuestionType type = QuestionType.of(or(patch.type(), stored.type()));
        // a new set of correct answers replaces the set, whose first one is the stored correct_answer
        boolean newSet = patch.correctAnswers() != null && patch.correctAnswer() == null
                && (type == QuestionType.MULTIPLE || type == QuestionType.TYPE_ANSWER);
        return new QuestionInput(or(patch.questionText(), stored.questionText()),
                newSet ? null : or(patch.correctAnswer(), stored.correctAnswer()),
                or(patch.fakeAnswers(), stored.fakeAnswers()),
                or(patch.orderIndex(), stored.orderIndex()), or(patch.type(), stored.type()),
                or(patch.correctAnswers(), stored.correctAnswers()), or(patch.options(), stored.options()),
                or(patch.items(), stored.items()), or(patch.slider(), stored.slider()),
                or(patch.typoTolerance(), stored.typoTolerance()), or(patch.timeLimit(), stored.timeLimit()),
                or(patch.points(), stored.points()), or(patch.explanation(), stored.explanation()),
                or(patch.imageId(), stored.imageId()));
    }

    private static <T> T or(T patched, T stored) {
        return patched != null ? patched : stored;
    }

    /** A new question of the segment from checked input, not yet stored. */
    public static Question newQuestion(UUID segmentId, QuestionRules.Clean clean, int orderIndex) {
        Question question = new Question();
        question.id = UUID.randomUUID();
        question.segmentId = segmentId;
        apply(question, clean);
        question.orderIndex = orderIndex;
        question.createdAt = Times.now();
        return question;
    }

    private static void apply(Question question, QuestionRules.Clean clean) {
        question.questionType = clean.type().wire();
        question.questionText = clean.questionText();
        question.correctAnswer = clean.correctAnswer();
        question.fakeAnswers = clean.fakeAnswers();
        question.correctAnswers = clean.correctAnswers();
        Slider slider = clean.slider();
        question.sliderMin = slider == null ? null : slider.min();
        question.sliderMax = slider == null ? null : slider.max();
        question.sliderStep = slider == null ? null : slider.step();
        question.sliderTolerance = slider == null ? null : slider.tolerance();
        question.typoTolerance = (short) clean.typoTolerance();
        question.timeLimitSeconds = clean.timeLimit();
        question.pointsMode = clean.points().wire();
        question.explanation = clean.explanation();
        question.imageId = clean.imageId();
    }
}
