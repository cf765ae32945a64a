package org.learningstore.core.engagement;

import java.time.Instant;
import java.util.UUID;

/**
 * A learner's portfolio project in a course. {@code featured} is set by the host; the counts
 * move with views and likes and never change the version.
 */
public record Project(
        UUID id,
        UUID learnerId,
        UUID courseId,
        ProjectDetails details,
        boolean featured,
        long viewCount,
        int likeCount,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
