package io.quizcast.question;

import java.util.List;

/** One question of a bulk import and, for a CSV file, the line of the file where its row begins. */
public record ImportRow(QuestionInput input, Integer line) {

    /** The questions of a JSON import: they have no lines; null stays null (the service refuses it). */
    public static List<ImportRow> fromJson(List<QuestionInput> questions) {
        return questions == null ? null : questions.stream().map(q -> new ImportRow(q, null)).toList();
    }
}
