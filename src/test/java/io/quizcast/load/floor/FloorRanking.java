package io.quizcast.load.floor;

import io.quizcast.load.floor.FloorMessages.Entry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Players in ranking order (score descending, total response time ascending, join order), with shared ranks. */
record FloorRanking(List<FloorPlayer> order, int[] ranks) {

    private static final int TOP = 10;

    /** Ranks every player by the segment's scores or by the event totals; equal score and time share a rank. */
    static FloorRanking of(List<FloorPlayer> players, boolean segment) {
        List<FloorPlayer> order = new ArrayList<>(players);
        Comparator<FloorPlayer> byScore = Comparator.comparingInt(p -> segment ? -p.segmentScore : -p.score);
        Comparator<FloorPlayer> byTime = Comparator.comparingLong(p -> segment ? p.segmentTimeMs : p.timeMs);
        order.sort(byScore.thenComparing(byTime).thenComparingInt(p -> p.joinOrder));
        int[] ranks = new int[order.size()];
        for (int i = 0; i < ranks.length; i++) {
            boolean tie = i > 0 && byScore.thenComparing(byTime).compare(order.get(i - 1), order.get(i)) == 0;
            ranks[i] = tie ? ranks[i - 1] : i + 1;
        }
        return new FloorRanking(order, ranks);
    }

    /** The first ten entries, as broadcasts carry them. */
    List<Entry> top(boolean segment) {
        List<Entry> top = new ArrayList<>();
        for (int i = 0; i < Math.min(TOP, order.size()); i++) {
            top.add(order.get(i).entry(ranks[i], segment));
        }
        return top;
    }
}
