package org.learningstore.core.engagement;

import java.time.Instant;
import java.util.UUID;

/** A stored achievement definition; only active ones are awarded. */
public record Achievement(UUID id, AchievementDetails details, boolean active, long version, Instant createdAt,
                          Instant updatedAt) {
}
