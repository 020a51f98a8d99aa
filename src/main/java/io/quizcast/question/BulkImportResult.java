package io.quizcast.question;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** What a bulk import answers: all rows imported, or none and the reasons per row. */
@RegisterForReflection // serialised by Jackson in the native image
public record BulkImportResult(int imported, int failed, List<RowError> errors, List<QuestionView> questions) {

    /** Why row {@code index} (0-based, data rows only) was refused. */
    @RegisterForReflection // serialised by Jackson in the native image
    public record RowError(int index, String message) {
    }
}
