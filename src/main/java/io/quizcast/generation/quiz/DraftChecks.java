package io.quizcast.generation.quiz;

import io.quizcast.question.QuestionInput;
import io.quizcast.question.QuestionRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every generated question checked by code, in the model's order, until {@code count} have passed (the rest are
 * dropped unread). Answers are compared by {@link QuizText#key} (case, accents, punctuation and spaces apart).
 * <ul>
 * <li>type: {@code single}, {@code true_false}, {@code multiple} or {@code type_answer};</li>
 * <li>single: a correct answer, at least the event's number of wrong answers (the first ones are kept), none equal to
 * the correct answer or to each other, and no answer such as "all of the above" ({@link MetaAnswers});</li>
 * <li>true_false: the answer is true or false (vrai/faux, wahr/falsch, verdadero/falso too), stored as "true" or
 * "false"; wrong answers are ignored;</li>
 * <li>multiple: two correct answers or more, all different, and at least one wrong answer, none equal to a correct one
 * or to each other; the wrong answers kept are the first ones that fit in the {@value QuestionRules#MAX_OFFERED}
 * answers a question offers; no "all of the above";</li>
 * <li>type_answer: the answer and its other accepted forms, all different (a repeat is dropped), at most
 * {@value QuestionRules#MAX_ACCEPTED}; wrong answers are ignored;</li>
 * <li>not a repeat of an existing question or of a question passed before it: their words' {@link QuizText#jaccard
 * Jaccard} index is below {@value #NEAR_DUPLICATE} (the same key scores 1);</li>
 * <li>the question passes {@link QuestionRules#violation}, as one typed by the organiser would;</li>
 * <li>evidence (transcript, notes): the quote's {@link Evidence} score is {@value #MIN_EVIDENCE} or more; a topic's
 * questions need none and score a neutral {@value #TOPIC_EVIDENCE}.</li>
 * </ul>
 * <p>
 * {@code quality_score = round2(evidence × length × giveaway)}, where {@code evidence} is the score above (0.5 to 1),
 * {@code length} is {@value #LENGTH_FACTOR} when the question has fewer than {@value #SHORT_QUESTION} or more than
 * {@value #LONG_QUESTION} characters (else 1), and {@code giveaway} is {@value #GIVEAWAY_FACTOR} when a single's
 * correct answer is at least twice as long as its wrong answers on average and {@value #GIVEAWAY_CHARS} characters
 * longer or more (players pick the longest answer), else 1.
 */
public final class DraftChecks {

    static final double MIN_EVIDENCE = 0.5;
    static final double TOPIC_EVIDENCE = 0.5;
    static final double NEAR_DUPLICATE = 0.8;
    static final int SHORT_QUESTION = 15;
    static final int LONG_QUESTION = QuizPrompt.QUESTION_CHARS;
    static final double LENGTH_FACTOR = 0.9;
    static final int GIVEAWAY_CHARS = 10;
    static final double GIVEAWAY_FACTOR = 0.85;

    private static final String SINGLE = "single";
    private static final String TRUE_FALSE = "true_false";
    private static final String MULTIPLE = "multiple";
    private static final String TYPE_ANSWER = "type_answer";
    private static final Set<String> TRUE = Set.of("true", "vrai", "wahr", "verdadero");
    private static final Set<String> FALSE = Set.of("false", "faux", "falsch", "falso");

    private DraftChecks() {
    }

    /** The questions that pass, at most {@code ctx.count()}, and a sentence per problem found on the way. */
    public static Checked check(List<Candidate> candidates, CheckContext ctx) {
        Evidence evidence = ctx.kind().hasText() ? new Evidence(ctx.source()) : null;
        List<Accepted> accepted = new ArrayList<>();
        List<Integer> acceptedNumbers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < candidates.size() && accepted.size() < ctx.count(); i++) {
            List<String> issues = new ArrayList<>();
            Candidate c = candidates.get(i);
            QuestionInput input = input(c, ctx.wrongAnswers(), issues);
            if (input != null) {
                repeats(c.question(), ctx.existingQuestions(), accepted, acceptedNumbers, issues);
            }
            double found = TOPIC_EVIDENCE;
            if (evidence != null) {
                found = blank(c.evidence()) ? 0 : evidence.score(c.evidence());
                if (blank(c.evidence())) {
                    issues.add("its evidence is missing");
                } else if (found < MIN_EVIDENCE) {
                    issues.add("its evidence is not in the " + (ctx.kind() == SourceKind.NOTES ? "notes" : "talk"));
                }
            }
            if (issues.isEmpty()) {
                accepted.add(new Accepted(input, quality(found, input), blank(c.evidence()) ? null
                        : c.evidence().strip()));
                acceptedNumbers.add(i + 1);
            } else {
                int number = i + 1;
                issues.forEach(issue -> problems.add("question " + number + ": " + issue));
            }
        }
        if (candidates.size() < ctx.count()) {
            problems.add(ctx.count() + (ctx.count() == 1 ? " question was" : " questions were") + " asked for, the"
                    + " answer has " + candidates.size());
        }
        return new Checked(accepted, problems);
    }

    /** The question as the organiser would have typed it, or null (and why, in {@code issues}). */
    private static QuestionInput input(Candidate c, int wrongWanted, List<String> issues) {
        String type = QuizText.key(c.type());
        QuestionInput input;
        if (type.equals(SINGLE)) {
            input = single(c, wrongWanted, issues);
        } else if (type.equals("true false")) {
            input = trueFalse(c, issues);
        } else if (type.equals(MULTIPLE)) {
            input = multiple(c, issues);
        } else if (type.equals("type answer")) {
            input = typeAnswer(c, issues);
        } else {
            issues.add("its type must be \"single\", \"true_false\", \"multiple\" or \"type_answer\", not \""
                    + c.type() + "\"");
            return null;
        }
        if (input == null) {
            return null;
        }
        QuestionRules.Violation violation = QuestionRules.violation(input);
        if (violation != null) {
            issues.add(violation.message());
            return null;
        }
        return input;
    }

    private static QuestionInput single(Candidate c, int wrongWanted, List<String> issues) {
        int before = issues.size();
        String correct = strip(c.correctAnswer());
        if (correct.isEmpty()) {
            issues.add("the correct answer is empty");
        }
        List<String> wrong = c.wrongAnswers().stream().map(DraftChecks::strip).filter(w -> !w.isEmpty()).toList();
        if (wrong.size() < wrongWanted) {
            issues.add("it has " + wrong.size() + (wrong.size() == 1 ? " wrong answer, " : " wrong answers, ")
                    + wrongWanted + " are needed");
        }
        wrong = wrong.subList(0, Math.min(wrong.size(), wrongWanted));
        List<String> keys = new ArrayList<>();
        for (String w : wrong) {
            String key = QuizText.key(w);
            if (key.equals(QuizText.key(correct))) {
                issues.add("the correct answer is also among the wrong answers");
            } else if (keys.contains(key)) {
                issues.add("two wrong answers are the same (\"" + w + "\")");
            }
            keys.add(key);
        }
        meta(List.of(correct), wrong, issues);
        if (issues.size() > before) {
            return null;
        }
        return new QuestionInput(strip(c.question()), correct, wrong, null, SINGLE, null, null, null, null, null,
                null, null, null, null);
    }

    private static QuestionInput trueFalse(Candidate c, List<String> issues) {
        String answer = QuizText.key(c.correctAnswer());
        String value = TRUE.contains(answer) ? "true" : FALSE.contains(answer) ? "false" : null;
        if (value == null) {
            issues.add("a true_false question's correct answer must be true or false, not \"" + c.correctAnswer()
                    + "\"");
            return null;
        }
        return new QuestionInput(strip(c.question()), value, List.of(), null, TRUE_FALSE, null, null, null, null,
                null, null, null, null, null);
    }

    private static QuestionInput multiple(Candidate c, List<String> issues) {
        int before = issues.size();
        List<String> correct = distinct(c.correctAnswer(), c.moreCorrectAnswers(), "correct answers", issues);
        if (correct.size() < 2) {
            issues.add("a multiple question needs two correct answers or more (\"more_correct_answers\")");
        }
        List<String> correctKeys = correct.stream().map(QuizText::key).toList();
        List<String> keys = new ArrayList<>(correctKeys);
        List<String> wrong = new ArrayList<>();
        for (String w : c.wrongAnswers().stream().map(DraftChecks::strip).filter(w -> !w.isEmpty()).toList()) {
            String key = QuizText.key(w);
            if (correctKeys.contains(key)) {
                issues.add("a correct answer is also among the wrong answers (\"" + w + "\")");
            } else if (keys.contains(key)) {
                issues.add("two wrong answers are the same (\"" + w + "\")");
            } else if (correct.size() + wrong.size() < QuestionRules.MAX_OFFERED) {
                wrong.add(w);
            }
            keys.add(key);
        }
        if (wrong.isEmpty()) {
            issues.add("a multiple question needs at least one wrong answer");
        }
        meta(correct, wrong, issues);
        if (issues.size() > before) {
            return null;
        }
        return new QuestionInput(strip(c.question()), null, wrong, null, MULTIPLE, correct, null, null, null, null,
                null, null, null, null);
    }

    private static QuestionInput typeAnswer(Candidate c, List<String> issues) {
        int before = issues.size();
        // another spelling that folds to the same key is accepted anyway: dropped, not refused
        List<String> forms = distinct(c.correctAnswer(), c.moreCorrectAnswers(), null, null);
        List<String> accepted = forms.subList(0, Math.min(forms.size(), QuestionRules.MAX_ACCEPTED));
        if (strip(c.correctAnswer()).isEmpty()) {
            issues.add("the correct answer is empty");
        }
        meta(accepted, List.of(), issues);
        if (issues.size() > before) {
            return null;
        }
        return new QuestionInput(strip(c.question()), null, List.of(), null, TYPE_ANSWER, accepted, null, null, null,
                null, null, null, null, null);
    }

    /**
     * The first answer then the others, stripped, the empty ones left out; a repeat (the same key) is left out too,
     * and named in {@code issues} as two {@code what} the same, unless {@code issues} is null.
     */
    private static List<String> distinct(String first, List<String> more, String what, List<String> issues) {
        List<String> all = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> given = new ArrayList<>();
        given.add(first);
        given.addAll(more);
        for (String a : given.stream().map(DraftChecks::strip).filter(a -> !a.isEmpty()).toList()) {
            if (keys.contains(QuizText.key(a))) {
                if (issues != null) {
                    issues.add("two " + what + " are the same (\"" + a + "\")");
                }
            } else {
                all.add(a);
                keys.add(QuizText.key(a));
            }
        }
        return all;
    }

    private static void meta(List<String> correct, List<String> wrong, List<String> issues) {
        Stream.concat(correct.stream(), wrong.stream()).filter(MetaAnswers::isMeta).findFirst()
                .ifPresent(m -> issues.add("an answer such as \"all of the above\" is not allowed (\"" + m + "\")"));
    }

    /** Adds an issue when the question repeats an existing one or one passed before it. */
    private static void repeats(String question, List<String> existing, List<Accepted> accepted,
            List<Integer> acceptedNumbers, List<String> issues) {
        for (String e : existing) {
            if (same(question, e)) {
                issues.add("it repeats an existing question (\"" + e.strip() + "\")");
                return;
            }
        }
        for (int k = 0; k < accepted.size(); k++) {
            if (same(question, accepted.get(k).input().questionText())) {
                issues.add("it repeats question " + acceptedNumbers.get(k));
                return;
            }
        }
    }

    /** The same question, or nearly: most of their words in common (the same key is a Jaccard of 1). */
    static boolean same(String a, String b) {
        return QuizText.jaccard(a, b) >= NEAR_DUPLICATE;
    }

    /** The formula of the class comment, rounded to two decimals. */
    static float quality(double evidence, QuestionInput input) {
        double score = evidence;
        int length = input.questionText().length();
        if (length < SHORT_QUESTION || length > LONG_QUESTION) {
            score *= LENGTH_FACTOR;
        }
        List<String> wrong = input.fakeAnswers();
        // a single's giveaway: a multiple has several right answers, the other types none to compare with
        if (!MULTIPLE.equals(input.type()) && !wrong.isEmpty()) {
            int correct = input.correctAnswer().length();
            double average = wrong.stream().mapToInt(String::length).average().orElse(0);
            if (correct >= 2 * average && correct - average >= GIVEAWAY_CHARS) {
                score *= GIVEAWAY_FACTOR;
            }
        }
        return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100f;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
