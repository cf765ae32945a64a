package org.learningstore.core.report;

import java.time.Duration;
import java.util.UUID;

/**
 * One course's enrollments. {@code enrolled} counts every enrollment (active, completed and
 * dropped); {@code completionRate} is completed over enrolled in percent and
 * {@code averageProgress} the mean progress percent of those enrollments, both to two decimals
 * (0 without enrollments); {@code averageLessonTime} is the time the enrolled learners spent in
 * the course's lessons divided by {@code enrolled}, to the millisecond (zero without enrollments).
 */
public record CoursePerformance(
        UUID courseId,
        String title,
        long enrolled,
        long active,
        long completed,
        double completionRate,
        double averageProgress,
        Duration averageLessonTime) {
}
