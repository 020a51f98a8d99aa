package io.quizcast.generation.quiz;

/** What the questions are written from; {@link #tag()} names the block that holds it in the prompt. */
public enum SourceKind {

    /** A talk's transcript, from speech to text. */
    TRANSCRIPT("transcript"),
    /** Notes the presenter pasted. */
    NOTES("notes"),
    /** A topic only: no text to quote, so general knowledge is allowed. */
    TOPIC("topic");

    private final String tag;

    SourceKind(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** Whether there is a text the questions must be drawn from (and their evidence quoted from). */
    public boolean hasText() {
        return this != TOPIC;
    }
}
