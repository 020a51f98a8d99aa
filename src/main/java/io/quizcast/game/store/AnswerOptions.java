package io.quizcast.game.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The answers offered for one question: the correct one, its wrong ones, distractors to fill up, shuffled once. */
public final class AnswerOptions {

    static final String LAST_RESORT = "None of these";

    private AnswerOptions() {
    }

    /**
     * @param wanted      how many wrong answers to offer (the event's num_fake_answers), at least one is always offered
     * @param distractors correct answers of the event's other questions, used when the question has too few
     */
    public static List<String> build(String correct, List<String> fakes, int wanted, List<String> distractors,
            Random random) {
        Set<String> wrong = new LinkedHashSet<>();
        List<String> own = new ArrayList<>(fakes);
        Collections.shuffle(own, random);
        for (String fake : own) {
            if (!fake.equals(correct) && wrong.size() < Math.max(1, wanted)) {
                wrong.add(fake);
            }
        }
        List<String> pool = new ArrayList<>(new LinkedHashSet<>(distractors));
        Collections.shuffle(pool, random);
        for (String candidate : pool) {
            if (wrong.size() >= Math.max(1, wanted)) {
                break;
            }
            if (!candidate.equals(correct)) {
                wrong.add(candidate);
            }
        }
        if (wrong.isEmpty()) {
            wrong.add(LAST_RESORT.equals(correct) ? "Something else" : LAST_RESORT);
        }
        List<String> offered = new ArrayList<>();
        offered.add(correct);
        offered.addAll(wrong);
        Collections.shuffle(offered, random);
        return offered;
    }
}
