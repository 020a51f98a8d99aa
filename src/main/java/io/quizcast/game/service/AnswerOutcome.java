package io.quizcast.game.service;

/** A stored answer: what it scored. */
public record AnswerOutcome(boolean correct, int points, long responseTimeMs) {
}
