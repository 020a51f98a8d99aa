package io.quizcast.participant;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A device fingerprint as a UUID: a UUID stays itself, any other string maps to a stable name-based UUID. */
public final class DeviceIds {

    private DeviceIds() {
    }

    public static UUID of(String fingerprint) {
        String value = fingerprint.trim();
        try {
            UUID uuid = UUID.fromString(value);
            if (uuid.toString().equalsIgnoreCase(value)) {
                return uuid;
            }
        } catch (IllegalArgumentException notAUuid) {
            // fall through to the name-based id
        }
        return UUID.nameUUIDFromBytes(("quizcast-device:" + value).getBytes(StandardCharsets.UTF_8));
    }

    /** The device of an account that joins without one (join-as-host, a socket join). */
    public static UUID ofAccount(UUID accountId) {
        return UUID.nameUUIDFromBytes(("quizcast-account:" + accountId).getBytes(StandardCharsets.UTF_8));
    }
}
