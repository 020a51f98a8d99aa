package io.quizcast.question;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The JSON body of a bulk import. */
@RegisterForReflection // deserialised by Jackson in the native image
public record BulkImportRequest(List<QuestionInput> questions) {
}
