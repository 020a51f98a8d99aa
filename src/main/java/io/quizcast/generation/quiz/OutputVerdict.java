package io.quizcast.generation.quiz;

import java.util.List;

/**
 * What one answer of the model is worth: read ({@link ModelOutput}), then checked ({@link DraftChecks}). The rule of
 * the one repair: an answer that cannot be read, or that gives fewer questions than wanted with problems to name,
 * gets one repair call ({@link QuizPrompt#repair}); then the better of the two answers is kept, and a job whose kept
 * answer has no question fails with {@code invalid_output} and {@link #failure()}.
 *
 * @param checked the questions that passed and the problems (for an unreadable answer: none, and why)
 * @param parsed whether the answer could be read as questions
 * @param count the questions wanted
 */
public record OutputVerdict(Checked checked, boolean parsed, int count) {

    /** How many problems {@link #failure()} names. */
    static final int PROBLEMS_NAMED = 3;

    /** Reads and checks one answer of the model. */
    public static OutputVerdict of(String content, CheckContext ctx) {
        try {
            return new OutputVerdict(DraftChecks.check(ModelOutput.parse(content), ctx), true, ctx.count());
        } catch (InvalidOutput e) {
            return new OutputVerdict(new Checked(List.of(), e.problems()), false, ctx.count());
        }
    }

    /** The rule: fewer questions passed than wanted, and there are problems a repair could fix. */
    public static boolean needsRepair(Checked checked, int count) {
        return checked.accepted().size() < count && !checked.problems().isEmpty();
    }

    public boolean needsRepair() {
        return needsRepair(checked, count);
    }

    /** After the repair call: the repaired answer, unless fewer of its questions passed than of the first one's. */
    public static OutputVerdict better(OutputVerdict first, OutputVerdict repaired) {
        return repaired.checked.accepted().size() >= first.checked.accepted().size() ? repaired : first;
    }

    /** Whether no question passed: the job fails. */
    public boolean failed() {
        return checked.accepted().isEmpty();
    }

    /** Why no question passed, for the job's error_message. */
    public String failure() {
        List<String> problems = checked.problems();
        if (problems.isEmpty()) {
            return "the model wrote no question";
        }
        String named = String.join("; ", problems.subList(0, Math.min(PROBLEMS_NAMED, problems.size())));
        int more = problems.size() - PROBLEMS_NAMED;
        return "no question passed the checks: " + named + (more > 0 ? " (and " + more + " more)" : "");
    }
}
