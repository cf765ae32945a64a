package org.learningstore.core.catalog;

import java.time.Instant;
import java.util.UUID;

/** A stored course. {@code deletedAt} is set while it is soft-deleted. */
public record Course(
        UUID id,
        CourseDetails details,
        CourseStatus status,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt) {

    public String slug() {
        return details.slug();
    }

    public String title() {
        return details.title();
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
