package io.quizcast.game.core;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a typed answer is matched against the accepted ones: both folded (trimmed, inner spaces collapsed, accents and
 * case removed), then equal, or one edit apart (a letter added, removed, replaced, or two neighbours swapped) when
 * the question allows a typo and the accepted answer has 5 or more characters.
 */
public final class TextMatch {

    static final int TYPO_MIN_LENGTH = 5;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextMatch() {
    }

    /** The folded form: "  Zürich " and "zurich" are the same, "STRASSE" and "Straße" too. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        // upper then lower: ß becomes ss, as its upper case is SS
        String folded = bare.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return SPACES.matcher(folded).replaceAll(" ").trim();
    }

    /** The accepted answer {@code typed} matches, or null. */
    public static String match(String typed, List<String> accepted, int typoTolerance) {
        String t = fold(typed);
        for (String a : accepted) {
            if (fold(a).equals(t)) {
                return a;
            }
        }
        if (typoTolerance > 0) {
            for (String a : accepted) {
                String f = fold(a);
                if (f.codePointCount(0, f.length()) >= TYPO_MIN_LENGTH && oneEditApart(f, t)) {
                    return a;
                }
            }
        }
        return null;
    }

    /** Whether two different texts are one insertion, deletion, substitution or swap of neighbours apart. */
    static boolean oneEditApart(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > 1) {
            return false;
        }
        int i = 0;
        while (i < x.length && i < y.length && x[i] == y[i]) {
            i++;
        }
        if (x.length == y.length) {
            if (i == x.length) {
                return true;
            }
            // replaced at i, or i and i+1 swapped
            return tailEquals(x, i + 1, y, i + 1)
                    || (i + 1 < x.length && x[i] == y[i + 1] && x[i + 1] == y[i] && tailEquals(x, i + 2, y, i + 2));
        }
        // one inserted (or removed) at i
        return x.length > y.length ? tailEquals(x, i + 1, y, i) : tailEquals(x, i, y, i + 1);
    }

    private static boolean tailEquals(int[] x, int from, int[] y, int yFrom) {
        if (x.length - from != y.length - yFrom) {
            return false;
        }
        for (int k = 0; from + k < x.length; k++) {
            if (x[from + k] != y[yFrom + k]) {
                return false;
            }
        }
        return true;
    }
}
