package io.quizcast.question;

/** The kinds of question; {@link #wire()} is the name in the API, on the socket and in questions.question_type. */
public enum QuestionType {

    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUE_FALSE("true_false"),
    TYPE_ANSWER("type_answer"),
    POLL("poll"),
    SLIDER("slider"),
    ORDERING("ordering");

    private final String wire;

    QuestionType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The type a name stands for: none is {@link #SINGLE} (a v1 question), an unknown name null. */
    public static QuestionType of(String wire) {
        if (wire == null) {
            return SINGLE;
        }
        for (QuestionType t : values()) {
            if (t.wire.equals(wire)) {
                return t;
            }
        }
        return null;
    }

    /** Whether a player can be right (a poll has no correct answer and scores nothing). */
    public boolean scored() {
        return this != POLL;
    }

    /** Whether players pick among offered answers (or, for an ordering, arrange offered items). */
    public boolean offersAnswers() {
        return this != TYPE_ANSWER && this != SLIDER;
    }

    /** The names, for messages that list them. */
    public static String names() {
        StringBuilder all = new StringBuilder();
        for (QuestionType t : values()) {
            all.append(all.isEmpty() ? "" : ", ").append(t.wire);
        }
        return all.toString();
    }
}
