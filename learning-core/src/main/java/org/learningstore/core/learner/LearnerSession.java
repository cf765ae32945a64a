package org.learningstore.core.learner;

import java.time.Instant;
import java.util.UUID;

/** A sign-in of a learner. Only the SHA-256 of its token is stored. */
public record LearnerSession(
        UUID id,
        UUID learnerId,
        Instant createdAt,
        Instant expiresAt,
        Instant lastSeenAt,
        String ip,
        String userAgent,
        Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
