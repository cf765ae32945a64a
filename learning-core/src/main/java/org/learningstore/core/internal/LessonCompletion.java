package org.learningstore.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.port.LessonProgressRecords;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.EnrollmentStatus;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;

/**
 * One learner's progress on one lesson and its course enrollment, as read, and the rules that
 * move them: starting, completing, recording a graded attempt. Pure: each change is returned
 * as a {@link LessonChange} for the caller to write.
 */
final class LessonCompletion {
    private final UUID learnerId;
    private final UUID lessonId;
    private final Optional<LessonProgress> current;
    private final Optional<Enrollment> enrollment;
    private final List<UUID> publishedLessons;
    private final Set<UUID> completedLessons;

    private LessonCompletion(UUID learnerId, UUID lessonId, Optional<LessonProgress> current,
                             Optional<Enrollment> enrollment, List<UUID> publishedLessons, List<UUID> completedLessons) {
        this.learnerId = learnerId;
        this.lessonId = lessonId;
        this.current = current;
        this.enrollment = enrollment;
        this.publishedLessons = List.copyOf(publishedLessons);
        this.completedLessons = Set.copyOf(completedLessons);
    }

    static LessonCompletion of(UUID learnerId, UUID lessonId, LessonProgressRecords.LessonContext context) {
        return new LessonCompletion(learnerId, lessonId, context.progress(), context.enrollment(),
                context.publishedLessons(), context.completedLessons());
    }

    /** From what grading read with the attempt. */
    static LessonCompletion of(UUID learnerId, UUID lessonId, Attempts.ProgressContext context) {
        return new LessonCompletion(learnerId, lessonId, context.lessonProgress(), context.enrollment(),
                context.publishedLessons(), context.completedLessons());
    }

    Optional<LessonProgress> current() {
        return current;
    }

    /** The progress row as it is, or a fresh not-started one (version 0: not stored yet). */
    LessonProgress currentOrNew(Instant now) {
        return current.orElseGet(() -> new LessonProgress(learnerId, lessonId, LessonStatus.NOT_STARTED, null, null,
                Duration.ZERO, null, 0, null, List.of(), now, 0));
    }

    /** Stores {@code next} (inserting when nothing was stored) and touches the enrollment's last access. */
    LessonChange save(LessonProgress next, Instant now) {
        return new LessonChange(next, write(), live(enrollment).map(e -> new LessonChange.EnrollmentMove(e,
                new Enrollment(e.id(), e.courseId(), e.learnerId(), e.status(), e.enrolledAt(), e.completedAt(),
                        e.progressPercent(), e.currentLessonId(), now, e.version() + 1))));
    }

    /** Completes the lesson and moves the enrollment's percent, current lesson and completion; a no-op when completed already. */
    LessonChange complete(LessonProgress base, Instant now) {
        if (current.isPresent() && current.get().status() == LessonStatus.COMPLETED) {
            return base.equals(current.get()) ? LessonChange.none(base) : save(base, now);
        }
        var done = new LessonProgress(learnerId, lessonId, LessonStatus.COMPLETED,
                base.startedAt() == null ? now : base.startedAt(), now, base.timeSpent(), base.bestScore(), base.attempts(),
                base.lastPosition(), base.bookmarks(), now, currentOrNew(now).version() + 1);
        return new LessonChange(done, write(), live(enrollment).map(e -> new LessonChange.EnrollmentMove(e, advanced(e, now))));
    }

    /** One more attempt and the best score so far; a pass completes the lesson. */
    LessonChange recordGraded(Attempt graded, Instant at) {
        LessonProgress p = currentOrNew(at);
        double best = p.bestScore() == null ? graded.percent() : Math.max(p.bestScore(), graded.percent());
        var tried = new LessonProgress(p.learnerId(), p.lessonId(),
                p.status() == LessonStatus.NOT_STARTED ? LessonStatus.IN_PROGRESS : p.status(),
                p.startedAt() == null ? graded.startedAt() : p.startedAt(), p.completedAt(), p.timeSpent(), best,
                p.attempts() + 1, p.lastPosition(), p.bookmarks(), at, p.version() + 1);
        return Boolean.TRUE.equals(graded.passed()) ? complete(tried, at) : save(tried, at);
    }

    private LessonChange.Write write() {
        return current.isEmpty() ? LessonChange.Write.INSERT : LessonChange.Write.UPDATE;
    }

    private static Optional<Enrollment> live(Optional<Enrollment> enrollment) {
        return enrollment.filter(e -> e.status() != EnrollmentStatus.DROPPED);
    }

    private Enrollment advanced(Enrollment e, Instant now) {
        Set<UUID> completed = new HashSet<>(completedLessons);
        completed.add(lessonId);
        long done = publishedLessons.stream().filter(completed::contains).count();
        double percent = publishedLessons.isEmpty() ? 100 : Math.round(done * 10_000.0 / publishedLessons.size()) / 100.0;
        boolean finished = done == publishedLessons.size();
        return new Enrollment(e.id(), e.courseId(), e.learnerId(), finished ? EnrollmentStatus.COMPLETED : e.status(),
                e.enrolledAt(), finished ? now : e.completedAt(), percent,
                publishedLessons.contains(lessonId) ? nextLesson(completed) : e.currentLessonId(), now, e.version() + 1);
    }

    /** The first lesson not completed after this one in course order, else the first not completed at all. */
    private UUID nextLesson(Set<UUID> completed) {
        int at = publishedLessons.indexOf(lessonId);
        for (int i = 1; i <= publishedLessons.size(); i++) {
            UUID candidate = publishedLessons.get(Math.floorMod(at + i, publishedLessons.size()));
            if (!completed.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
