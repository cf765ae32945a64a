package org.learningstore.core.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseStatus;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.id.Ids;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.engagement.EngagementEvent;
import org.learningstore.core.internal.engagement.Rewards;
import org.learningstore.core.port.Courses;
import org.learningstore.core.port.Enrollments;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.EnrollmentStatus;
import org.learningstore.core.internal.work.UnitsOfWork;

/** Enrolling in published courses, one enrollment per learner and course, and dropping out. */
public final class EnrollmentService {
    static final Set<Class<? extends EngagementEvent>> ENROLLED = Set.of(EngagementEvent.Enrolled.class);

    private final UnitsOfWork units;
    private final Ids ids;
    private final LiveLearners learners;
    private final Courses courses;
    private final Enrollments enrollments;
    private final Rewards rewards;

    public EnrollmentService(UnitsOfWork units, Ids ids, LiveLearners learners, Courses courses, Enrollments enrollments,
                             Rewards rewards) {
        this.units = units;
        this.ids = ids;
        this.learners = learners;
        this.courses = courses;
        this.enrollments = enrollments;
        this.rewards = rewards;
    }

    Enrollment enroll(UUID learnerId, UUID courseId) {
        return units.write(() -> {
            learners.require(learnerId);
            Course course = courses.find(Checks.required("courseId", courseId)).filter(c -> !c.deleted())
                    .orElseThrow(() -> new NotFoundException("course", courseId));
            if (course.status() != CourseStatus.PUBLISHED) {
                throw new RuleViolationException("course.not_published", "course " + courseId + " is " + course.status().code());
            }
            Enrollments.EnrollContext context = enrollments.enrollContext(learnerId, courseId);
            Optional<Enrollment> existing = context.enrollment();
            if (existing.isPresent() && existing.get().status() != EnrollmentStatus.DROPPED) {
                return existing.get();
            }
            Instant now = units.now();
            Rewards.Before before = rewards.read(Set.of(learnerId), ENROLLED);
            enrollments.takeSeat(courseId,
                    () -> new RuleViolationException("course.full", "course " + courseId + " has no seat left"));
            if (existing.isPresent()) {
                Enrollment e = existing.get();
                var back = new Enrollment(e.id(), courseId, learnerId, EnrollmentStatus.ACTIVE, e.enrolledAt(), null,
                        e.progressPercent(), e.currentLessonId(), now, e.version() + 1);
                enrollments.update(e, back);
                rewards.apply(before, List.of(new EngagementEvent.Enrolled(learnerId, courseId)), now);
                return back;
            }
            var enrollment = new Enrollment(ids.next(), courseId, learnerId, EnrollmentStatus.ACTIVE, now, null, 0,
                    context.firstLesson().orElse(null), now, 1);
            enrollments.insert(enrollment);
            rewards.apply(before, List.of(new EngagementEvent.Enrolled(learnerId, courseId)), now);
            return enrollment;
        });
    }

    Enrollment drop(UUID learnerId, UUID courseId) {
        return units.write(() -> {
            Enrollment e = enrollments.find(Checks.required("learnerId", learnerId), Checks.required("courseId", courseId))
                    .orElseThrow(() -> new NotFoundException("enrollment", learnerId + " in " + courseId));
            if (e.status() == EnrollmentStatus.DROPPED) {
                return e;
            }
            if (e.status() == EnrollmentStatus.COMPLETED) {
                throw new RuleViolationException("enrollment.completed", "a completed enrollment cannot be dropped");
            }
            var dropped = new Enrollment(e.id(), courseId, learnerId, EnrollmentStatus.DROPPED, e.enrolledAt(), null,
                    e.progressPercent(), e.currentLessonId(), units.now(), e.version() + 1);
            enrollments.update(e, dropped);
            enrollments.releaseSeat(courseId);
            return dropped;
        });
    }

    Optional<Enrollment> enrollment(UUID learnerId, UUID courseId) {
        Checks.required("learnerId", learnerId);
        Checks.required("courseId", courseId);
        return units.read(() -> enrollments.find(learnerId, courseId));
    }
}
