package io.quizcast.participant;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Makes a display name unique within an event: "Alex", then "Alex 2", "Alex 3", ... */
public final class DisplayNames {

    public static final int MAX_LENGTH = 50;

    private DisplayNames() {
    }

    /** The trimmed name, or null when nothing is left. */
    public static String normalise(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.trim().replaceAll("\\s+", " ");
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The first free name for {@code base}, given the names already taken (those equal to base or "base N"). */
    public static String firstFree(String base, Collection<String> taken) {
        Set<String> used = new HashSet<>(taken);
        if (!used.contains(base)) {
            return base;
        }
        for (int n = 2;; n++) {
            String suffix = " " + n;
            String stem = base.length() + suffix.length() > MAX_LENGTH
                    ? base.substring(0, MAX_LENGTH - suffix.length()).trim()
                    : base;
            String candidate = stem + suffix;
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
    }
}
