package io.quizcast.generation.quiz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a quote is found in the source, from 0 to 1, on the words of their {@link QuizText#key keys}: 1 when the
 * quote's words appear in the source as they are, one after another; otherwise the best local alignment of the
 * quote's words against the source's (+1 a word that matches, −{@value #CHANGE} a word changed, added or left out),
 * over the quote's word count. A quote with one word changed in twenty scores 0.925; a sentence made up from words
 * scattered through the talk stays near 0.
 */
final class Evidence {

    static final double CHANGE = 0.5;

    private final String sourceKey;
    private final int[] source;
    private final Map<String, Integer> ids = new HashMap<>();

    Evidence(String sourceText) {
        List<String> words = QuizText.words(sourceText);
        this.sourceKey = " " + String.join(" ", words) + " ";
        this.source = new int[words.size()];
        for (int j = 0; j < source.length; j++) {
            source[j] = ids.computeIfAbsent(words.get(j), w -> ids.size());
        }
    }

    /** The quote's score; 0 for an empty quote. */
    double score(String quote) {
        List<String> words = QuizText.words(quote);
        if (words.isEmpty()) {
            return 0;
        }
        if (sourceKey.contains(" " + String.join(" ", words) + " ")) {
            return 1;
        }
        int[] q = new int[words.size()];
        for (int i = 0; i < q.length; i++) {
            q[i] = ids.getOrDefault(words.get(i), -1);
        }
        return Math.min(1, alignment(q) / q.length);
    }

    /** Smith–Waterman over words: the best score of a stretch of the quote against a stretch of the source. */
    private double alignment(int[] q) {
        double[] previous = new double[q.length + 1];
        double[] current = new double[q.length + 1];
        double best = 0;
        for (int s : source) {
            for (int i = 1; i <= q.length; i++) {
                double diagonal = previous[i - 1] + (q[i - 1] == s ? 1 : -CHANGE);
                double skipSource = previous[i] - CHANGE;
                double skipQuote = current[i - 1] - CHANGE;
                current[i] = Math.max(0, Math.max(diagonal, Math.max(skipSource, skipQuote)));
                best = Math.max(best, current[i]);
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return best;
    }
}
