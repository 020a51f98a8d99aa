package io.quizcast.question;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a bulk import answers: every row imported, or none and the reasons per row, said in words too. */
@RegisterForReflection // serialised by Jackson in the native image
@Schema(description = "Every row is imported, or none: one bad row refuses the whole request")
public record BulkImportResult(
        @Schema(description = "Questions stored: all of the rows, or 0") int imported,
        @Schema(description = "Rows with an error (each is in errors)") int failed,
        List<RowError> errors,
        List<QuestionView> questions,
        @Schema(description = "What happened in words, e.g. \"Nothing was imported: fix line 5, then import the whole"
                + " file again (a file is imported whole or not at all).\"") String message) {

    private static final int NAMED_IN_MESSAGE = 5;

    /** Why one row was refused, and where to find it. */
    @RegisterForReflection // serialised by Jackson in the native image
    public record RowError(
            @Schema(description = "0-based position among the rows read as questions (the CSV header and empty rows"
                    + " not counted)") int index,
            @Schema(description = "The reason as a sentence, e.g. \"correct_answer is required\"") String message,
            @Schema(description = "index + 1: the first question is row 1") int row,
            @Schema(description = "CSV only: the file's line where the row begins, the header being line 1 (the row"
                    + " number a spreadsheet shows); null for JSON") Integer line,
            @Schema(description = "The field at fault, e.g. correct_answer") String field,
            @Schema(description = "What is wrong with that field, e.g. \"is required\"") String reason) {
    }

    public static BulkImportResult imported(List<QuestionView> questions) {
        int count = questions.size();
        return new BulkImportResult(count, 0, List.of(), questions,
                "Imported " + count + (count == 1 ? " question." : " questions."));
    }

    /** Nothing stored: the message names the lines of a file (or the questions of a JSON list) to fix. */
    public static BulkImportResult refused(List<RowError> errors) {
        boolean file = errors.get(0).line() != null;
        List<Integer> places = errors.stream().map(e -> file ? e.line() : e.row()).toList();
        String noun = (file ? "line" : "question") + (places.size() == 1 ? " " : "s ");
        String again = file ? ", then import the whole file again (a file is imported whole or not at all)."
                : ", then send them all again (an import is stored whole or not at all).";
        return new BulkImportResult(0, errors.size(), errors, List.of(),
                "Nothing was imported: fix " + noun + listed(places) + again);
    }

    /** "5", "5 and 6", "5, 6 and 7", or the first five and "and 3 more". */
    private static String listed(List<Integer> numbers) {
        List<String> named = numbers.stream().limit(NAMED_IN_MESSAGE).map(String::valueOf).toList();
        if (numbers.size() > NAMED_IN_MESSAGE) {
            return String.join(", ", named) + " and " + (numbers.size() - NAMED_IN_MESSAGE) + " more";
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }
}
