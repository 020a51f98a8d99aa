package io.quizcast.question;

import java.util.List;

/**
 * One question of a bulk import and, for a CSV file, the line of the file where its row begins; {@code unreadable}
 * is a cell that could not be read (a number that is not one), reported like a broken rule.
 */
public record ImportRow(QuestionInput input, Integer line, QuestionRules.Violation unreadable) {

    public ImportRow(QuestionInput input, Integer line) {
        this(input, line, null);
    }

    /** The questions of a JSON import: they have no lines; null stays null (the service refuses it). */
    public static List<ImportRow> fromJson(List<QuestionInput> questions) {
        return questions == null ? null : questions.stream().map(q -> new ImportRow(q, null)).toList();
    }

    /** The first thing wrong with the row, or null. */
    public QuestionRules.Violation violation() {
        return unreadable != null ? unreadable : QuestionRules.violation(input);
    }
}
