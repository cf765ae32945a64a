package org.learningstore.jpa.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.port.LessonProgressRecords;
import org.learningstore.core.progress.LessonProgress;

/**
 * Lesson progress in {@code lesson_progress}, read by projections and written by explicit
 * statements, so a unit of work manages no entity for it. Two concurrent first touches of one
 * lesson collide on {@code lesson_progress_pkey}, a concurrent change that the retry turns into
 * an update.
 */
public final class JpaLessonProgressRecords implements LessonProgressRecords {
    private static final String INSERT = "INSERT INTO lesson_progress (learner_id, lesson_id, status, started_at,"
            + " completed_at, time_spent_ms, best_score, attempts, last_position, bookmarks, updated_at, version)"
            + " VALUES (?1, ?2, ?3, CAST(?4 AS timestamptz), CAST(?5 AS timestamptz), ?6, CAST(?7 AS double precision), ?8,"
            + " CAST(?9 AS text), CAST(?10 AS jsonb), ?11, ?12)";
    private static final String UPDATE = "UPDATE lesson_progress SET status = ?1, started_at = CAST(?2 AS timestamptz),"
            + " completed_at = CAST(?3 AS timestamptz), best_score = CAST(?4 AS double precision), attempts = ?5,"
            + " last_position = CAST(?6 AS text), bookmarks = CAST(?7 AS jsonb), updated_at = ?8, version = ?9"
            + " WHERE learner_id = ?10 AND lesson_id = ?11 AND version = ?12";

    private final CurrentEntityManager current;

    public JpaLessonProgressRecords(CurrentEntityManager current) {
        this.current = current;
    }

    /** The lesson's course, then {@link #standing} in it: two statements. */
    @Override
    public Optional<LessonContext> context(UUID learnerId, UUID lessonId) {
        return current.get().createQuery("select m.courseId from LessonEntity l join CourseModuleEntity m on m.id = l.moduleId"
                        + " where l.id = :lesson", UUID.class)
                .setParameter("lesson", lessonId)
                .getResultStream()
                .findFirst()
                .map(courseId -> standing(learnerId, courseId, lessonId));
    }

    /** The learner's standing in a course, and on one of its lessons unless {@code lessonId} is null: one statement. */
    LessonContext standing(UUID learnerId, UUID courseId, UUID lessonId) {
        return LearnerStanding.read(current.get(), learnerId, courseId, lessonId);
    }

    /** A query on the primary key, not a lookup: see {@link #findAll}. */
    @Override
    public Optional<LessonProgress> find(UUID learnerId, UUID lessonId) {
        return findAll(learnerId, List.of(lessonId)).stream().findFirst();
    }

    /**
     * One statement on the primary key; a projection, so the unit of work manages no entity for
     * the rows (nothing to snapshot, nothing for a flush to compare).
     */
    @Override
    public List<LessonProgress> findAll(UUID learnerId, List<UUID> lessonIds) {
        if (lessonIds.isEmpty()) {
            return List.of();
        }
        return current.get().createQuery("select " + ProgressMapping.LESSON_PROGRESS_COLUMNS + " from LessonProgressEntity p"
                        + " where p.learnerId = :learner and p.lessonId in :lessons", Object[].class)
                .setParameter("learner", learnerId)
                .setParameter("lessons", lessonIds)
                .getResultStream()
                .map(ProgressMapping::lessonProgress)
                .toList();
    }

    /** One INSERT, past the persistence context; a row that exists fails on {@code lesson_progress_pkey}. */
    @Override
    public void insert(LessonProgress progress) {
        NativeRows.update(current.get(), INSERT, progress.learnerId(), progress.lessonId(), progress.status().code(),
                progress.startedAt(), progress.completedAt(), progress.timeSpent().toMillis(), progress.bestScore(),
                progress.attempts(), progress.lastPosition(), JsonColumns.print(progress.bookmarks()), progress.updatedAt(),
                progress.version());
    }

    @Override
    public void insertAll(List<LessonProgress> progress) {
        BatchedInserts.persistAll(current.get(), progress.stream().map(ProgressMapping::toEntity).toList());
    }

    /**
     * One UPDATE, past the persistence context, guarded on {@code expectedVersion}. It writes
     * every field but the time spent: that moves only by {@link #addTime}, in SQL and without a
     * version step, so the UPDATE never puts back a time that a concurrent addition moved on.
     */
    @Override
    public void update(LessonProgress progress, long expectedVersion) {
        int updated = NativeRows.update(current.get(), UPDATE, progress.status().code(), progress.startedAt(),
                progress.completedAt(), progress.bestScore(), progress.attempts(), progress.lastPosition(),
                JsonColumns.print(progress.bookmarks()), progress.updatedAt(), progress.version(), progress.learnerId(),
                progress.lessonId(), expectedVersion);
        BulkChanges.expect(updated, 1, progressOf(progress.learnerId(), progress.lessonId()));
    }

    /**
     * One bulk statement, {@code time_spent_ms = time_spent_ms + ?}, without a version step. It
     * bypasses the persistence context: a row loaded before it in the same unit keeps its old
     * time. A row gone meanwhile is a concurrent change: the retry inserts it.
     */
    @Override
    public void addTime(UUID learnerId, UUID lessonId, Duration spent) {
        int updated = current.get().createQuery("update LessonProgressEntity p set p.timeSpentMs = p.timeSpentMs + :millis"
                        + " where p.learnerId = :learner and p.lessonId = :lesson")
                .setParameter("millis", spent.toMillis())
                .setParameter("learner", learnerId)
                .setParameter("lesson", lessonId)
                .executeUpdate();
        BulkChanges.expect(updated, 1, progressOf(learnerId, lessonId));
    }



    @Override
    public List<LessonProgress> listByLearners(List<UUID> learnerIds) {
        return current.get().createQuery("select r from LessonProgressEntity r where r.learnerId in :learners"
                        + " order by r.learnerId, r.lessonId", LessonProgressEntity.class)
                .setParameter("learners", learnerIds)
                .getResultStream()
                .map(ProgressMapping::toRecord)
                .toList();
    }

    @Override
    public void delete(UUID learnerId, List<UUID> lessonIds) {
        int deleted = current.get().createQuery("delete from LessonProgressEntity r where r.learnerId = :learner and r.lessonId in :keys")
                .setParameter("learner", learnerId)
                .setParameter("keys", lessonIds)
                .executeUpdate();
        BulkChanges.expect(deleted, lessonIds.size(), "the lesson progress of learner " + learnerId);
    }

    @Override
    public void move(UUID fromLearnerId, List<UUID> lessonIds, UUID toLearnerId) {
        int moved = current.get().createQuery("update LessonProgressEntity r set r.learnerId = :to, r.version = r.version + 1"
                        + " where r.learnerId = :from and r.lessonId in :keys")
                .setParameter("to", toLearnerId)
                .setParameter("from", fromLearnerId)
                .setParameter("keys", lessonIds)
                .executeUpdate();
        BulkChanges.expect(moved, lessonIds.size(), "the lesson progress of learner " + fromLearnerId);
    }

    private static String progressOf(UUID learnerId, UUID lessonId) {
        return "the progress of learner " + learnerId + " on lesson " + lessonId;
    }
}
