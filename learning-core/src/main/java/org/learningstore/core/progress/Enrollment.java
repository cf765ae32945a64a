package org.learningstore.core.progress;

import java.time.Instant;
import java.util.UUID;

/**
 * A learner's place in a course. {@code progressPercent} is completed published lessons over
 * all published lessons; {@code currentLessonId} the lesson after the last one completed.
 */
public record Enrollment(
        UUID id,
        UUID courseId,
        UUID learnerId,
        EnrollmentStatus status,
        Instant enrolledAt,
        Instant completedAt,
        double progressPercent,
        UUID currentLessonId,
        Instant lastAccessedAt,
        long version) {
}
