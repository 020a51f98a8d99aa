package io.quizcast.generation.job.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quizcast.config.QuizcastConfig;
import io.quizcast.generation.draft.repository.DraftStore;
import io.quizcast.generation.job.Job;
import io.quizcast.generation.job.JobSource;
import io.quizcast.generation.job.repository.ProcessingLogStore;
import io.quizcast.generation.provider.AiProvider;
import io.quizcast.generation.provider.ChatMessage;
import io.quizcast.generation.provider.ChatReply;
import io.quizcast.generation.quiz.CheckContext;
import io.quizcast.generation.quiz.OutputVerdict;
import io.quizcast.generation.quiz.PromptRequest;
import io.quizcast.generation.quiz.QuizPrompt;
import io.quizcast.generation.quiz.SourceKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Supplier;

/**
 * Asks the model for questions with the versioned prompt, checks every one by code, and makes one repair call when
 * the answer cannot be read or too few questions pass; the questions that pass become drafts. None passing fails
 * the job with invalid_output.
 */
@ApplicationScoped
public class QuestionWriter {

    /** The drafts to store and what writing them cost. */
    record Written(List<DraftStore.NewDraft> drafts, int promptTokens, int completionTokens, String promptVersion) {
    }

    private final AiProvider ai;
    private final ProcessingLogStore logs;
    private final ObjectMapper mapper;
    private final QuizcastConfig.Ai limits;

    QuestionWriter(AiProvider ai, ProcessingLogStore logs, ObjectMapper mapper, QuizcastConfig config) {
        this.ai = ai;
        this.logs = logs;
        this.mapper = mapper;
        this.limits = config.ai();
    }

    Uni<Written> write(Job job, JobContext ctx, String source, JobSource kind, int count, List<String> existing,
            Supplier<Uni<Void>> checking) {
        PromptRequest request = new PromptRequest(source, kindOf(kind), count, ctx.wrongAnswers(), existing, null);
        CheckContext checks = CheckContext.of(request);
        List<ChatMessage> messages = QuizPrompt.messages(request);
        int[] tokens = {0, 0};
        return ask(messages, count, ctx.wrongAnswers(), tokens).call(first -> checking.get()).chain(first -> {
            OutputVerdict verdict = OutputVerdict.of(first.content(), checks);
            if (!verdict.needsRepair()) {
                return Uni.createFrom().item(verdict);
            }
            List<String> problems = verdict.checked().problems();
            return logs.warning(ctx.segmentId(), job.id(), "checking", "Asking the model once to repair: "
                    + String.join("; ", problems.subList(0, Math.min(3, problems.size()))))
                    .chain(() -> ask(QuizPrompt.repair(messages, first.content(), problems), count,
                            ctx.wrongAnswers(), tokens))
                    .map(repaired -> OutputVerdict.better(verdict, OutputVerdict.of(repaired.content(), checks)));
        }).map(verdict -> {
            if (verdict.failed()) {
                throw new JobFailure("invalid_output", verdict.failure());
            }
            return new Written(verdict.checked().accepted().stream()
                    .map(a -> new DraftStore.NewDraft(json(a.input()), a.qualityScore(), a.evidence())).toList(),
                    tokens[0], tokens[1], QuizPrompt.VERSION);
        });
    }

    private Uni<ChatReply> ask(List<ChatMessage> messages, int count, int wrongAnswers,
            int[] tokens) {
        return ai.chat(messages,
                QuizPrompt.SCHEMA_NAME, QuizPrompt.schema(count, wrongAnswers), limits.maxOutputTokens())
                .invoke(reply -> {
                    tokens[0] += reply.promptTokens() == null ? 0 : reply.promptTokens();
                    tokens[1] += reply.completionTokens() == null ? 0 : reply.completionTokens();
                });
    }

    private static SourceKind kindOf(JobSource source) {
        return switch (source) {
            case AUDIO -> SourceKind.TRANSCRIPT;
            case NOTES -> SourceKind.NOTES;
            case TOPIC -> SourceKind.TOPIC;
        };
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
