package io.quizcast.common.http;

import jakarta.ws.rs.core.Response;
import java.util.function.Function;

/** A resumed event or segment, answered with the contract's {@code X-Warning} when its event has no participants. */
public record Resumed<T>(T value, boolean eventHasNoParticipants) {

    public static final String WARNING_HEADER = "X-Warning";
    public static final String NO_PARTICIPANTS_WARNING = "This event has no participants";

    public <V> Resumed<V> map(Function<T, V> mapper) {
        return new Resumed<>(mapper.apply(value), eventHasNoParticipants);
    }

    /** 200 with the value, and the warning header when nobody is there to play. */
    public Response toResponse() {
        Response.ResponseBuilder response = Response.ok(value);
        if (eventHasNoParticipants) {
            response.header(WARNING_HEADER, NO_PARTICIPANTS_WARNING);
        }
        return response.build();
    }
}
