package io.quizcast.question;

/** What a question is worth: standard, double or no points; {@link #wire()} is its name in the API. */
public enum PointsMode {

    STANDARD("standard", 1),
    DOUBLE("double", 2),
    NONE("none", 0);

    private final String wire;
    private final int multiplier;

    PointsMode(String wire, int multiplier) {
        this.wire = wire;
        this.multiplier = multiplier;
    }

    public String wire() {
        return wire;
    }

    public int multiplier() {
        return multiplier;
    }

    /** The mode a name stands for: none is {@link #STANDARD}, an unknown name null. */
    public static PointsMode of(String wire) {
        if (wire == null) {
            return STANDARD;
        }
        for (PointsMode m : values()) {
            if (m.wire.equals(wire)) {
                return m;
            }
        }
        return null;
    }
}
