package org.learningstore.core.catalog;

import java.time.Instant;
import java.util.UUID;

/** A lesson of a module; positions run 1, 2, 3 ... within the module with no gap. */
public record Lesson(
        UUID id,
        UUID moduleId,
        int position,
        LessonDetails details,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public String title() {
        return details.title();
    }
}
