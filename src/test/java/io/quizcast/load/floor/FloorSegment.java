package io.quizcast.load.floor;

import io.quizcast.load.floor.FloorMessages.SegmentWinner;
import io.quizcast.load.floor.FloorMessages.StoredQuestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One segment of an event with its questions; guarded by the event's lock. */
final class FloorSegment {

    final UUID id = UUID.randomUUID();
    final String presenterName;
    final String title;
    final int orderIndex;
    final String createdAt = FloorMessages.iso(Instant.now());
    final List<StoredQuestion> questions = new ArrayList<>();
    String status = "pending";
    SegmentWinner winner;

    FloorSegment(String presenterName, String title, int orderIndex) {
        this.presenterName = presenterName;
        this.title = title;
        this.orderIndex = orderIndex;
    }

    String displayTitle() {
        return title != null ? title : "Segment " + (orderIndex + 1);
    }
}
