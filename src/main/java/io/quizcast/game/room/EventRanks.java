package io.quizcast.game.room;

import java.util.Arrays;

/**
 * The players' event standings as sorted keys (total score descending, then total time ascending), kept up to date
 * as totals change: one player's rank is a binary search, where counting the players ahead of it took a pass over
 * every member (each reconnect of a 10,000-player storm, all under the room's lock).
 */
final class EventRanks {

    private long[] keys;
    private int size;

    private EventRanks(long[] sorted, int size) {
        this.keys = sorted;
        this.size = size;
    }

    /** The standings of these players (built once, then changed one player at a time). */
    static EventRanks of(Iterable<Member> members) {
        long[] keys = new long[16];
        int size = 0;
        for (Member m : members) {
            if (m.player) {
                if (size == keys.length) {
                    keys = Arrays.copyOf(keys, size * 2);
                }
                keys[size++] = key(m);
            }
        }
        Arrays.sort(keys, 0, size);
        return new EventRanks(keys, size);
    }

    /**
     * A member's place in the order: a smaller key is ahead; equal keys (the same total in the same time) share a
     * rank. The time is capped at 2^32 ms (49 days of answering), far beyond any event.
     */
    static long key(Member m) {
        long time = Math.min(Math.max(m.totalTimeMs, 0), 0xFFFF_FFFFL);
        return ((long) (Integer.MAX_VALUE - m.totalScore) << 32) | time;
    }

    /** 1 + the players strictly ahead of a player with this key. */
    int rankOf(long key) {
        return 1 + firstAtOrAfter(key);
    }

    void add(long key) {
        int at = firstAtOrAfter(key);
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        System.arraycopy(keys, at, keys, at + 1, size - at);
        keys[at] = key;
        size++;
    }

    void remove(long key) {
        int at = firstAtOrAfter(key);
        if (at < size && keys[at] == key) {
            System.arraycopy(keys, at + 1, keys, at, size - at - 1);
            size--;
        }
    }

    private int firstAtOrAfter(long key) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (keys[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
