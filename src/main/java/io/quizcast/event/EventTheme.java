package io.quizcast.event;

/** The built-in colour sets an event can show on the big screen and the phones (css/base.css defines them). */
public enum EventTheme {

    CLASSIC,
    OCEAN,
    FOREST,
    SUNSET,
    BERRY;

    /** The wire names, for the request records' validation (a constant, as an annotation needs). */
    public static final String NAMES = "classic|ocean|forest|sunset|berry";
    public static final String MESSAGE = "must be classic, ocean, forest, sunset or berry";

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
