package org.learningstore.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One learner's engagement. {@code coursesEnrolled} counts their enrollments (active, completed and
 * dropped); {@code projects} their portfolio projects; {@code achievements} the achievements they
 * earned; {@code timeSpent} the time recorded in lessons (the sum of their lesson progress, as
 * {@code LearnerStats.timeSpent}); {@code lastActivity} the later of their last sign-in seen and
 * the last time they worked in a course (their enrollments' last access).
 */
public record LearnerEngagement(
        UUID learnerId,
        Instant joinedAt,
        long coursesEnrolled,
        long projects,
        long achievements,
        Duration timeSpent,
        Instant lastActivity) {
}
