package io.quizcast.game.room;

import io.quarkus.websockets.next.WebSocketConnection;
import java.util.ArrayList;
import java.util.List;

/** Who a room's message goes to, as sockets: snapshots taken under the room's lock and used outside it. */
public final class Audiences {

    private Audiences() {
    }

    /** Every socket of the room: the participants' and the observers'. */
    public static List<WebSocketConnection> everyone(Room room) {
        return room.sockets().everyone();
    }

    /** The sockets of the host and of the presenter (one when they are the same account). */
    public static List<WebSocketConnection> staff(Room room) {
        List<WebSocketConnection> staff = new ArrayList<>(2);
        Member host = room.hostMember();
        WebSocketConnection hostSocket = host == null ? null : room.sockets().of(host.participantId);
        if (hostSocket != null) {
            staff.add(hostSocket);
        }
        Member presenter = room.memberOfUser(room.game().presenterUserId());
        WebSocketConnection presenterSocket = presenter == null ? null : room.sockets().of(presenter.participantId);
        if (presenterSocket != null && presenterSocket != hostSocket) {
            staff.add(presenterSocket);
        }
        return staff;
    }

    /** The sockets of the host and of one account's participant (a segment's presenter; one when the same). */
    public static List<WebSocketConnection> hostAndUser(Room room, java.util.UUID userId) {
        List<WebSocketConnection> sockets = new ArrayList<>(2);
        Member host = room.hostMember();
        WebSocketConnection hostSocket = host == null ? null : room.sockets().of(host.participantId);
        if (hostSocket != null) {
            sockets.add(hostSocket);
        }
        Member user = userId == null ? null : room.memberOfUser(userId);
        WebSocketConnection userSocket = user == null ? null : room.sockets().of(user.participantId);
        if (userSocket != null && userSocket != hostSocket) {
            sockets.add(userSocket);
        }
        return sockets;
    }

    /** Every socket but the host's and the presenter's. */
    public static List<WebSocketConnection> nonStaff(Room room) {
        return room.sockets().allBut(pid -> {
            Member m = room.member(pid);
            return m != null && room.isStaff(m);
        });
    }
}
