package io.quizcast.generation.draft;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.UUID;

/** POST /api/segments/{sid}/drafts/approve: the drafts to approve (absent: every draft of the segment). */
@RegisterForReflection // deserialised by Jackson in the native image
public record ApproveRequest(List<UUID> ids) {
}
