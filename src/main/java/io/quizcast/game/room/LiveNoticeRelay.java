package io.quizcast.game.room;

import io.quizcast.common.notify.LiveNotice;
import io.quizcast.game.message.ErrorCodes;
import io.quizcast.game.message.ServerMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import org.jboss.logging.Logger;

/**
 * Tells an event's sockets about what REST routes and generation jobs changed (renames, the join lock, recording
 * stops, a quiz being generated).
 */
@ApplicationScoped
public class LiveNoticeRelay {

    private static final Logger LOG = Logger.getLogger(LiveNoticeRelay.class);

    private final Hub hub;

    LiveNoticeRelay(Hub hub) {
        this.hub = hub;
    }

    void relay(@ObservesAsync LiveNotice notice) {
        Room room = hub.existingRoom(notice.eventId());
        if (room == null) {
            return;
        }
        hub.underLock(room, out -> {
            if (notice instanceof LiveNotice.ParticipantRenamed r) {
                Member m = room.memberByClientId(r.clientId());
                if (m != null) {
                    m.rename(r.newName());
                }
                out.everyone(
                        new ServerMessage.ParticipantNameChanged(r.clientId(), r.oldName(), r.newName()));
            } else if (notice instanceof LiveNotice.JoinLockChanged l) {
                out.everyone(
                        new ServerMessage.JoinLockStatusChanged(l.eventId(), l.joinLocked(), l.lockedAt(),
                                l.message()));
            } else if (notice instanceof LiveNotice.RecordingStopped s) {
                room.preparing(null);
                out.everyone(s.questionsCount() > 0
                        ? new ServerMessage.QuizReady(s.segmentId(), s.questionsCount())
                        : new ServerMessage.NoQuestionsGenerated(s.segmentId(), s.segmentTitle(), s.presenterName(),
                                "No questions were added to this round"));
            } else if (notice instanceof LiveNotice.QuizGenerating g) {
                room.preparing(new ServerMessage.QuizGenerating(g.segmentId(), g.segmentTitle(), g.presenterName()));
                out.everyone(room.preparing());
            } else if (notice instanceof LiveNotice.JobProgress p) {
                out.add(Audiences.hostAndUser(room, p.presenterUserId()), new ServerMessage.ProcessingStatus(
                        p.segmentId(), p.jobId(), p.status(), p.stage(), p.progress(), p.message()));
            } else if (notice instanceof LiveNotice.GenerationEnded e) {
                room.preparing(null);
                out.everyone(new ServerMessage.NoQuestionsGenerated(e.segmentId(), e.segmentTitle(), e.presenterName(),
                        e.reason()));
            } else if (notice instanceof LiveNotice.ParticipantRemoved r) {
                var socket = room.sockets().of(r.participantId());
                if (room.remove(r.participantId()) != null || socket != null) {
                    if (socket != null) {
                        out.close(socket, ErrorCodes.CLOSE_REMOVED, "removed from this event by the organiser");
                    }
                    out.everyone(new ServerMessage.ParticipantRemoved(r.clientId(), r.displayName()));
                    out.everyone(new ServerMessage.ParticipantCount(room.sockets().onlineCount(),
                            room.memberCount(), room.listedPlayerCount()));
                }
            } else if (notice instanceof LiveNotice.SessionReplaced r) {
                Member m = room.member(r.participantId());
                if (m != null) {
                    m.forgetToken();
                }
            } else if (notice instanceof LiveNotice.EventDeleted) {
                // the event is gone: its sockets are told so, and not to come back
                for (var socket : Audiences.everyone(room)) {
                    out.close(socket, ErrorCodes.CLOSE_EVENT_DELETED, ErrorCodes.EVENT_DELETED_REASON);
                }
                hub.forget(room);
            }
            return null;
        }).subscribe().with(v -> {
        }, failure -> LOG.debugf("a live notice for %s was not relayed: %s", notice.eventId(), failure));
    }
}
