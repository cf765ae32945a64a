package org.learningstore.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.EnrollmentStatus;
import org.learningstore.core.progress.LessonProgress;
import org.learningstore.core.progress.LessonStatus;

/**
 * One learner's progress on one lesson and its course enrollment, read first so that the writes
 * that follow (starting, completing, recording a graded attempt) can all go in one batch.
 */
final class LessonCompletion {
    private final StoreBackend store;
    private final UUID learnerId;
    private final UUID lessonId;
    private final Optional<LessonProgress> current;
    private final Optional<Enrollment> enrollment;
    private final List<UUID> publishedLessons;
    private final Set<UUID> completed = new HashSet<>();

    private LessonCompletion(StoreBackend store, UUID learnerId, UUID lessonId, Optional<LessonProgress> current,
                             Optional<Enrollment> enrollment, List<UUID> publishedLessons, List<UUID> completedLessons) {
        this.store = store;
        this.learnerId = learnerId;
        this.lessonId = lessonId;
        this.current = current;
        this.enrollment = enrollment;
        this.publishedLessons = publishedLessons;
        this.completed.addAll(completedLessons);
    }

    /** Reads what {@code lessonId}'s progress for the learner depends on; the lesson must exist. */
    static LessonCompletion read(StoreBackend store, UUID learnerId, UUID lessonId) {
        Lesson lesson = store.lessons().find(lessonId).orElseThrow(() -> new NotFoundException("lesson", lessonId));
        CourseModule module = store.modules().find(lesson.moduleId())
                .orElseThrow(() -> new NotFoundException("module", lesson.moduleId()));
        List<UUID> published = store.enrollments().publishedLessons(module.courseId());
        List<UUID> completed = store.lessonProgress().findAll(learnerId, published).stream()
                .filter(progress -> progress.status() == LessonStatus.COMPLETED).map(LessonProgress::lessonId).toList();
        return new LessonCompletion(store, learnerId, lessonId, store.lessonProgress().find(learnerId, lessonId),
                store.enrollments().find(learnerId, module.courseId()), published, completed);
    }

    /** The same, from what grading read with the attempt. */
    static LessonCompletion of(StoreBackend store, UUID learnerId, UUID lessonId, Attempts.ProgressContext context) {
        return new LessonCompletion(store, learnerId, lessonId, context.lessonProgress(), context.enrollment(),
                context.publishedLessons(), context.completedLessons());
    }

    Optional<LessonProgress> current() {
        return current;
    }

    Optional<Enrollment> enrollment() {
        return enrollment;
    }

    /** The progress row as it is, or a fresh not-started one (version 0: not stored yet). */
    LessonProgress currentOrNew(Instant now) {
        return current.orElseGet(() -> new LessonProgress(learnerId, lessonId, LessonStatus.NOT_STARTED, null, null,
                Duration.ZERO, null, 0, null, List.of(), now, 0));
    }

    /** Stores {@code next} (inserting when nothing was stored) and touches the enrollment's last access. */
    LessonProgress save(LessonProgress next, Instant now) {
        if (current.isEmpty()) {
            store.lessonProgress().insert(next);
        } else {
            store.lessonProgress().update(next, current.get().version());
        }
        enrollment.filter(e -> e.status() != EnrollmentStatus.DROPPED).ifPresent(e -> store.enrollments().update(
                new Enrollment(e.id(), e.courseId(), e.learnerId(), e.status(), e.enrolledAt(), e.completedAt(),
                        e.progressPercent(), e.currentLessonId(), now, e.version() + 1), e.version()));
        return next;
    }

    /** Completes the lesson and moves the enrollment's percent, current lesson and completion; a no-op when completed already. */
    LessonProgress complete(LessonProgress base, Instant now) {
        if (current.isPresent() && current.get().status() == LessonStatus.COMPLETED) {
            return base.equals(current.get()) ? base : save(base, now);
        }
        var done = new LessonProgress(learnerId, lessonId, LessonStatus.COMPLETED,
                base.startedAt() == null ? now : base.startedAt(), now, base.timeSpent(), base.bestScore(), base.attempts(),
                base.lastPosition(), base.bookmarks(), now, currentOrNew(now).version() + 1);
        if (current.isEmpty()) {
            store.lessonProgress().insert(done);
        } else {
            store.lessonProgress().update(done, current.get().version());
        }
        completed.add(lessonId);
        enrollment.filter(e -> e.status() != EnrollmentStatus.DROPPED).ifPresent(e -> store.enrollments().update(advanced(e, now), e.version()));
        return done;
    }

    private Enrollment advanced(Enrollment e, Instant now) {
        long done = publishedLessons.stream().filter(completed::contains).count();
        double percent = publishedLessons.isEmpty() ? 100 : Math.round(done * 10_000.0 / publishedLessons.size()) / 100.0;
        boolean finished = done == publishedLessons.size();
        return new Enrollment(e.id(), e.courseId(), e.learnerId(), finished ? EnrollmentStatus.COMPLETED : e.status(),
                e.enrolledAt(), finished ? now : e.completedAt(), percent,
                publishedLessons.contains(lessonId) ? nextLesson() : e.currentLessonId(), now, e.version() + 1);
    }

    /** The first lesson not completed after this one in course order, else the first not completed at all. */
    private UUID nextLesson() {
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
