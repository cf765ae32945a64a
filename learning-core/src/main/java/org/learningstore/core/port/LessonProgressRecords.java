package org.learningstore.core.port;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.progress.LessonProgress;

public interface LessonProgressRecords {
    Optional<LessonProgress> find(UUID learnerId, UUID lessonId);

    /** The learner's progress on the given lessons. */
    List<LessonProgress> findAll(UUID learnerId, List<UUID> lessonIds);

    /** A row that already exists is a conflict with no field (a concurrent first touch). */
    void insert(LessonProgress progress);

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
