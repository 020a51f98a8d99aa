package io.quizcast.generation.quiz;

import io.quizcast.game.core.TextMatch;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How generated text is compared: the key of a text is its folded form ({@link TextMatch#fold}: case, accents, inner
 * spaces) with punctuation turned into spaces, except {@code #} and {@code %} and the decimal separator between two
 * digits and a number's minus sign, so "C#" stays apart from "C", "50%" from "50", "-5" from "5" and "3.5" from "35"
 * ("3,5" is "3.5"). Symbols such as {@code +} are kept ("C++" is not "C").
 */
final class QuizText {

    private static final Pattern DECIMAL = Pattern.compile("(?<=\\p{N})[.,](?=\\p{N})");
    private static final Pattern MINUS = Pattern.compile("(?<![\\p{L}\\p{N}])-(?=\\p{N})");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}&&[^#%]]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private QuizText() {
    }

    /** The text as it is compared: "  L'Été, 3,5 % !" and "l ete 3.5 %" have the same key. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String folded = TextMatch.fold(text);
        // a decimal separator and a number's minus sign survive the punctuation as control characters
        String marked = MINUS.matcher(DECIMAL.matcher(folded).replaceAll("\u0001")).replaceAll("\u0002");
        String bare = PUNCTUATION.matcher(marked).replaceAll(" ").replace('\u0001', '.').replace('\u0002', '-');
        return SPACES.matcher(bare).replaceAll(" ").strip();
    }

    /** The words of the key, in order. */
    static List<String> words(String text) {
        String key = key(text);
        return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
    }

    /** The share of the two texts' distinct words that both have (0 when both are empty). */
    static double jaccard(String a, String b) {
        Set<String> x = new HashSet<>(words(a));
        Set<String> y = new HashSet<>(words(b));
        if (x.isEmpty() && y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return (double) both.size() / (x.size() + y.size() - both.size());
    }

    /** Whether {@code words} holds {@code run} as consecutive words. */
    static boolean containsRun(List<String> words, List<String> run) {
        return !run.isEmpty() && Collections.indexOfSubList(words, run) >= 0;
    }
}
