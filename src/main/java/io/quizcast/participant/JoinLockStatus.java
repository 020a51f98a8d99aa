package io.quizcast.participant;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** Whether an event accepts new players. */
@RegisterForReflection // serialised by Jackson in the native image
public record JoinLockStatus(boolean joinLocked, Instant joinLockedAt, String message) {
}
