package io.quizcast.event.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Copies an event's content into a new event in the database itself (the pictures' bytes never leave it): its
 * pictures, its rounds (not the mega quiz, which the game draws anew), not played, and their questions, each pointing
 * at the copy of its picture. Players, answers and scores are not copied: the copy is an event to run again.
 */
@ApplicationScoped
public class EventCopies {

    private static final String IMAGES = """
            INSERT INTO images (id, event_id, content_type, width, height, byte_size, sha256, data, created_at)
            SELECT gen_random_uuid(), :copy, content_type, width, height, byte_size, sha256, data, now()
            FROM images WHERE event_id = :source""";

    // one statement: the rounds' new ids are drawn once and used by their questions (a picture is found again in
    // the copy by its SHA-256, unique per event)
    private static final String ROUNDS_AND_QUESTIONS = """
            WITH rounds AS (
                SELECT id AS source_id, gen_random_uuid() AS copy_id FROM segments
                WHERE event_id = :source AND kind = 'presenter'),
            copied AS (
                INSERT INTO segments (id, event_id, kind, presenter_name, presenter_user_id, title, order_index,
                                      status, created_at)
                SELECT r.copy_id, :copy, 'presenter', s.presenter_name, s.presenter_user_id, s.title, s.order_index,
                       'pending', now()
                FROM segments s JOIN rounds r ON r.source_id = s.id
                RETURNING id)
            INSERT INTO questions (id, segment_id, question_text, correct_answer, fake_answers, order_index,
                                   is_ai_generated, quality_score, source_transcript, created_at, question_type,
                                   correct_answers, slider_min, slider_max, slider_step, slider_tolerance,
                                   typo_tolerance, time_limit_s, points_mode, explanation, image_id)
            SELECT gen_random_uuid(), r.copy_id, q.question_text, q.correct_answer, q.fake_answers, q.order_index,
                   q.is_ai_generated, q.quality_score, q.source_transcript, now(), q.question_type,
                   q.correct_answers, q.slider_min, q.slider_max, q.slider_step, q.slider_tolerance,
                   q.typo_tolerance, q.time_limit_s, q.points_mode, q.explanation, copy_image.id
            FROM questions q
            JOIN rounds r ON r.source_id = q.segment_id
            LEFT JOIN images source_image ON source_image.id = q.image_id
            LEFT JOIN images copy_image ON copy_image.event_id = :copy AND copy_image.sha256 = source_image.sha256""";

    // the logo, like a question's picture, is the copy's image of the same bytes
    private static final String LOGO = """
            UPDATE events SET logo_image_id = (
                SELECT copy_image.id FROM images copy_image JOIN images source_image
                ON source_image.sha256 = copy_image.sha256
                WHERE copy_image.event_id = :copy AND source_image.id = :logo)
            WHERE id = :copy""";

    /** Within the caller's transaction, after the copy's event row is flushed. */
    Uni<Void> copyContent(UUID source, UUID copy, UUID sourceLogo) {
        return Panache.getSession().chain(s -> s.createNativeQuery(IMAGES)
                .setParameter("source", source).setParameter("copy", copy).executeUpdate()
                .chain(() -> s.createNativeQuery(ROUNDS_AND_QUESTIONS)
                        .setParameter("source", source).setParameter("copy", copy).executeUpdate())
                .chain(() -> sourceLogo == null ? Uni.createFrom().item(0)
                        : s.createNativeQuery(LOGO).setParameter("copy", copy).setParameter("logo", sourceLogo)
                                .executeUpdate()))
                .replaceWithVoid();
    }
}
