package org.learningstore.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.internal.engagement.EngagementEvent;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.EnrollmentStatus;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;

/** The engagement events of a lesson change: the lesson completed for the first time, and the course with it. */
final class LessonEvents {
    private LessonEvents() {
    }

    static List<EngagementEvent> of(UUID learnerId, UUID courseId, Optional<LessonProgress> before,
                                    Optional<Enrollment> enrollmentBefore, LessonChange change) {
        List<EngagementEvent> events = new ArrayList<>();
        boolean wasCompleted = before.map(p -> p.status() == LessonStatus.COMPLETED).orElse(false);
        if (!wasCompleted && change.progress().status() == LessonStatus.COMPLETED) {
            events.add(new EngagementEvent.LessonCompleted(learnerId, change.progress().lessonId(), courseId));
        }
        boolean courseWasCompleted = enrollmentBefore.map(e -> e.status() == EnrollmentStatus.COMPLETED).orElse(false);
        if (!courseWasCompleted && change.enrollment().map(e -> e.status() == EnrollmentStatus.COMPLETED).orElse(false)) {
            events.add(new EngagementEvent.CourseCompleted(learnerId, courseId));
        }
        return events;
    }
}
