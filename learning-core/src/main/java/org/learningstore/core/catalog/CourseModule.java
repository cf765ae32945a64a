package org.learningstore.core.catalog;

import java.time.Instant;
import java.util.UUID;

/** A module of a course; positions run 1, 2, 3 ... within the course with no gap. */
public record CourseModule(
        UUID id,
        UUID courseId,
        int position,
        ModuleDetails details,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public String title() {
        return details.title();
    }
}
