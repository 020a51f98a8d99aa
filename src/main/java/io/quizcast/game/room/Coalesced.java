package io.quizcast.game.room;

/** The state of one coalesced message kind of one room: when it last went out, whether one is waiting. */
final class Coalesced {

    long lastSentMs;
    boolean pending;
}
