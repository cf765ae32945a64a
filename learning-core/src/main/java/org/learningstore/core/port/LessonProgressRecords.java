package org.learningstore.core.port;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.progress.Enrollment;
import org.learningstore.core.progress.LessonProgress;

public interface LessonProgressRecords {

    /**
     * What a change to one learner's progress on one lesson reads: the lesson's course, the
     * learner's progress on the lesson, the learner's enrollment in the course, the course's
     * published lessons in order (published modules only) and which of them the learner completed.
     */
    record LessonContext(UUID courseId, Optional<LessonProgress> progress, Optional<Enrollment> enrollment,
                         List<UUID> publishedLessons, List<UUID> completedLessons) {
    }

    /** Empty when the lesson does not exist; a fixed number of statements and one round trip on a remote backend. */
    Optional<LessonContext> context(UUID learnerId, UUID lessonId);

    Optional<LessonProgress> find(UUID learnerId, UUID lessonId);

    /** The learner's progress on the given lessons. */
    List<LessonProgress> findAll(UUID learnerId, List<UUID> lessonIds);

    /** A row that already exists is a conflict with no field (a concurrent first touch). */
    void insert(LessonProgress progress);

    /** New rows, a fixed number of statements whatever their number (none for none). */
    void insertAll(List<LessonProgress> progress);

    /** Writes every field, guarded on {@code expectedVersion}. */
    void update(LessonProgress progress, long expectedVersion);

    /** Adds to the time spent in SQL, so concurrent additions all count; no version change. */
    void addTime(UUID learnerId, UUID lessonId, Duration spent);

    /** Every lesson progress of the given learners, in one statement. */
    List<LessonProgress> listByLearners(List<UUID> learnerIds);

    /** Deletes the learner's progress on those lessons. */
    void delete(UUID learnerId, List<UUID> lessonIds);

    /** Gives {@code fromLearnerId}'s progress on those lessons to {@code toLearnerId}, each version plus one. */
    void move(UUID fromLearnerId, List<UUID> lessonIds, UUID toLearnerId);
}
