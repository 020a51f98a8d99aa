package io.quizcast.game.message;

/** A rule the sender broke: becomes an {@code error} frame to that sender; the socket stays open. */
public class GameException extends RuntimeException {

    private final String code;

    public GameException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
