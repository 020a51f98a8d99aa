package io.quizcast.game.room;

/** A player's score in one round and the time it counts with (the ranking's tie-break). */
public record RoundScore(int score, long timeMs) {
}
