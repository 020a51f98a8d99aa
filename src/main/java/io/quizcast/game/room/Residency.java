package io.quizcast.game.room;

import java.time.Instant;

/**
 * How this process holds a room, as a cache of the database: whether it is loaded (and how often it was), whether
 * the Hub dropped it, when it was last used, the epoch it holds the event with, and when its members were last
 * read. Read and written under the room's lock (the last use from anywhere).
 */
public final class Residency {

    // how many times the room was (re)loaded: a turn planned before a reload does not adopt its draft over it
    private int loads;
    // false: read the room from the database before its next task (a failure that was not a rule's, a reload)
    // volatile: read without the lock, as a hint, by a socket's upgrade (Hub#holdsLoaded)
    private volatile boolean loaded;
    // set under the lock when the Hub drops the room: a task that finds it set starts again on the new room
    private volatile boolean evicted;
    private volatile long lastActivityNanos = System.nanoTime();
    // the epoch this process holds the event with (event_owners), set when the room is loaded; 0 before
    private long epoch;
    // when the members were last read from the database (joins over REST reach the room from there)
    private Instant membersSince;

    /** A turn's draft: loaded, with the same epoch and members' reading. */
    Residency draft() {
        Residency d = new Residency();
        d.loaded = true;
        d.epoch = epoch;
        d.membersSince = membersSince;
        return d;
    }

    /** Whether the room was read from the database and nothing since calls for reading it again. */
    public boolean loaded() {
        return loaded;
    }

    /** The room was read from the database (again): a turn planned before this does not adopt its draft. */
    public void markLoaded() {
        loaded = true;
        loads++;
    }

    /** The room must be read again before its next task (what it holds may predate a commit). */
    public void markStale() {
        loaded = false;
    }

    /** How many times the room was loaded (a turn compares it before and after its write). */
    public int loads() {
        return loads;
    }

    public boolean evicted() {
        return evicted;
    }

    /** The Hub dropped the room (under its lock): tasks that find it so start again on a new room. */
    void markEvicted() {
        evicted = true;
    }

    /** A task ran on the room now (an idle room is dropped after a while). */
    public void touch() {
        lastActivityNanos = System.nanoTime();
    }

    boolean idleSince(long nowNanos, long idleNanos) {
        return nowNanos - lastActivityNanos > idleNanos;
    }

    /** The epoch this process holds the event with (0 before the room is first loaded). */
    public long epoch() {
        return epoch;
    }

    public void epoch(long held) {
        epoch = held;
    }

    /** When the members were last read from the database (null before the first load). */
    public Instant membersSince() {
        return membersSince;
    }

    public void membersSince(Instant readAt) {
        membersSince = readAt;
    }
}
