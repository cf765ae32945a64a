package org.learningstore.core.engagement;

import java.time.Instant;
import java.util.UUID;

/** One payment of XP; {@code source} is unique per learner, {@code courseId} counts it on that course's leaderboard. */
public record XpEntry(UUID id, UUID learnerId, int amount, String reason, String source, UUID courseId, Instant earnedAt) {
}
