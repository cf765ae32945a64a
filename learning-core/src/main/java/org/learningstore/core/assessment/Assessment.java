package org.learningstore.core.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * An assessment of a course, or of one lesson of it ({@code lessonId} set). Its questions are
 * kept apart, in order.
 */
public record Assessment(
        UUID id,
        UUID courseId,
        UUID lessonId,
        AssessmentDetails details,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public String title() {
        return details.title();
    }
}
