package org.learningstore.core.learner;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored learner. {@code mergedInto} is set, with {@code deletedAt}, on a learner merged into
 * another.
 */
public record Learner(
        UUID id,
        LearnerKind kind,
        LearnerProfile profile,
        long totalXp,
        Instant createdAt,
        Instant lastActiveAt,
        UUID mergedInto,
        long version,
        Instant deletedAt) {
}
