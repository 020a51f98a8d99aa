package io.quizcast.event.service;

/** Join codes: 6 characters of [A-Z0-9] without look-alikes (drawn by Randomness; unique by index + retry), read case-insensitively. */
public final class JoinCodes {

    public static final int LENGTH = 6;

    private JoinCodes() {
    }

    /** Codes are case-insensitive for people typing them. */
    public static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
