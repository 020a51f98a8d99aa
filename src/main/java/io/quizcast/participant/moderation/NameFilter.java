package io.quizcast.participant.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a display name may be shown on the big screen: refused when one of its words is a blocked word (the
 * built-in lists of every language the pages speak, src/main/resources/moderation/, and the event's own words), or
 * when its letters run together contain a blocked word of six letters or more ("F.U.C.K", "xfaggotx"). Words are
 * compared folded: case, accents, and digits or signs used as letters ("4" for "a", "$" for "s") do not matter.
 */
public final class NameFilter {

    static final List<String> LANGUAGES = List.of("en", "fr");
    static final int SQUEEZED_MIN = 6;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> BUILT_IN = load();

    private NameFilter() {
    }

    /** Whether {@code name} holds a blocked word, built-in or one of {@code eventWords}. */
    public static boolean blocked(String name, Collection<String> eventWords) {
        String folded = fold(name);
        Set<String> own = new HashSet<>();
        if (eventWords != null) {
            for (String w : eventWords) {
                String f = fold(w).replaceAll("[^\\p{L}]", "");
                if (!f.isEmpty()) {
                    own.add(f);
                }
            }
        }
        for (String token : folded.split("[^\\p{L}]+")) {
            if (!token.isEmpty() && (BUILT_IN.contains(token) || own.contains(token))) {
                return true;
            }
        }
        String squeezed = folded.replaceAll("[^\\p{L}]", "");
        return BUILT_IN.contains(squeezed) || own.contains(squeezed) || containsLong(squeezed, BUILT_IN)
                || containsLong(squeezed, own);
    }

    private static boolean containsLong(String squeezed, Set<String> words) {
        for (String w : words) {
            if (w.length() >= SQUEEZED_MIN && squeezed.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower case without accents; in a word of two letters or more, digits and signs read as the letters they stand
     * for ("Sh1t"), while a number beside one letter stays a number ("P155", "R2D2" are call signs, not words).
     */
    static String fold(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(bare.length());
        for (String word : bare.split("(?<=\\s)|(?=\\s)")) {
            out.append(word.codePoints().filter(Character::isLetter).count() >= 2 ? asLetters(word) : word);
        }
        return out.toString();
    }

    private static String asLetters(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'o';
                case '1', '!', '|' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7', '+' -> 't';
                case '8' -> 'b';
                default -> c;
            });
        }
        return out.toString();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        for (String lang : LANGUAGES) {
            String path = "moderation/blocked-names-" + lang + ".txt";
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + path);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(fold(word));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(words);
    }
}
