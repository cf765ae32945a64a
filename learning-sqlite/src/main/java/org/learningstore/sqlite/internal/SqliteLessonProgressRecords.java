package org.learningstore.sqlite.internal;

import static org.learningstore.sqlite.internal.ProgressRows.LESSON_PROGRESS_COLUMNS;
import static org.learningstore.sqlite.internal.SqliteLearnerSessions.IDS;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.port.LessonProgressRecords;
import org.learningstore.core.progress.LessonProgress;

/** Lesson progress, keyed by (learner_id, lesson_id); time spent is added in SQL so that concurrent additions all count. */
final class SqliteLessonProgressRecords implements LessonProgressRecords {
    /**
     * The progress of the learner {@code %1$s} on the lesson {@code %2$s}, each an SQL expression of
     * one value (a parameter, or a subquery as in {@code SqliteAttempts}): the primary key.
     */
    static final String FIND_OF = "SELECT " + LESSON_PROGRESS_COLUMNS
            + " FROM lesson_progress p WHERE p.learner_id = %1$s AND p.lesson_id = %2$s";
    private static final String FIND = FIND_OF.formatted("?", "?");

    // lesson context, keyed on the lesson through this subquery (one row by key; SQLite runs an
    // uncorrelated subquery once per statement), sharing the texts of the enrollment port
    private static final String LESSON_COURSE = "SELECT m.course_id FROM lessons l JOIN modules m ON m.id = l.module_id WHERE l.id = ?";
    private static final String COURSE_OF_LESSON = "(" + LESSON_COURSE + ")";
    private static final String LESSON_ENROLLMENT = SqliteEnrollments.FIND_OF.formatted("?", COURSE_OF_LESSON);
    private static final String LESSON_PUBLISHED_LESSONS = SqliteEnrollments.publishedLessonsCompletedBy(COURSE_OF_LESSON, "?");
    private static final String FIND_ALL = "SELECT " + LESSON_PROGRESS_COLUMNS
            + " FROM lesson_progress p WHERE p.learner_id = ? AND p.lesson_id IN " + IDS;
    private static final String INSERT = """
            INSERT INTO lesson_progress (learner_id, lesson_id, status, started_at, completed_at, time_spent_ms, \
            best_score, attempts, last_position, bookmarks, updated_at, version) \
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = """
            UPDATE lesson_progress SET status = ?, started_at = ?, completed_at = ?, time_spent_ms = ?, best_score = ?, \
            attempts = ?, last_position = ?, bookmarks = ?, updated_at = ?, version = ? \
            WHERE learner_id = ? AND lesson_id = ? AND version = ?""";
    private static final String OF_LEARNERS = "SELECT " + LESSON_PROGRESS_COLUMNS
            + " FROM lesson_progress p WHERE p.learner_id IN " + IDS + " ORDER BY p.learner_id, p.lesson_id";
    private static final String DELETE = "DELETE FROM lesson_progress WHERE learner_id = ? AND lesson_id IN " + IDS;
    private static final String MOVE =
            "UPDATE lesson_progress SET learner_id = ?, version = version + 1 WHERE learner_id = ? AND lesson_id IN " + IDS;
    private static final String ADD_TIME =
            "UPDATE lesson_progress SET time_spent_ms = time_spent_ms + ? WHERE learner_id = ? AND lesson_id = ?";


    private final SqlExecutor executor;
    private final ProgressRows rows;

    SqliteLessonProgressRecords(SqlExecutor executor, ProgressRows rows) {
        this.executor = executor;
        this.rows = rows;
    }

    @Override
    public Optional<LessonProgress> find(UUID learnerId, UUID lessonId) {
        return executor.queryOne(Sql.of(FIND, learnerId, lessonId), rows::lessonProgress);
    }

    /** Four statements in one {@link SqlExecutor#queryAll}: the lesson's course, the progress, the enrollment, the published lessons. */
    @Override
    public Optional<LessonContext> context(UUID learnerId, UUID lessonId) {
        List<List<Row>> results = executor.queryAll(List.of(
                Sql.of(LESSON_COURSE, lessonId),
                Sql.of(FIND, learnerId, lessonId),
                Sql.of(LESSON_ENROLLMENT, learnerId, lessonId),
                Sql.of(LESSON_PUBLISHED_LESSONS, learnerId, lessonId)));
        if (results.get(0).isEmpty()) {
            return Optional.empty();
        }
        List<Row> published = results.get(3);
        return Optional.of(new LessonContext(results.get(0).get(0).uuid("course_id"),
                results.get(1).stream().findFirst().map(rows::lessonProgress),
                results.get(2).stream().findFirst().map(rows::enrollment),
                SqliteEnrollments.lessonIds(published), SqliteEnrollments.completedLessonIds(published)));
    }

    @Override
    public List<LessonProgress> findAll(UUID learnerId, List<UUID> lessonIds) {
        if (lessonIds.isEmpty()) {
            return List.of();
        }
        return executor.query(Sql.of(FIND_ALL, learnerId, rows.ids(lessonIds)), rows::lessonProgress);
    }

    @Override
    public void insert(LessonProgress progress) {
        executor.update(inserted(progress));
    }

    @Override
    public void insertAll(List<LessonProgress> progress) {
        MultiRowInsert.of(progress.stream().map(this::inserted).toList()).forEach(executor::update);
    }

    private Sql inserted(LessonProgress progress) {
        return Sql.of(INSERT, progress.learnerId(), progress.lessonId(), progress.status().code(),
                progress.startedAt(), progress.completedAt(), progress.timeSpent(), progress.bestScore(), progress.attempts(),
                progress.lastPosition(), rows.texts(progress.bookmarks()), progress.updatedAt(), progress.version());
    }

    @Override
    public void update(LessonProgress progress, long expectedVersion) {
        executor.update(Sql.of(UPDATE, progress.status().code(), progress.startedAt(), progress.completedAt(),
                progress.timeSpent(), progress.bestScore(), progress.attempts(), progress.lastPosition(),
                rows.texts(progress.bookmarks()), progress.updatedAt(), progress.version(), progress.learnerId(),
                progress.lessonId(), expectedVersion),
                Guard.oneRow("lesson progress", progress.learnerId() + "/" + progress.lessonId()));
    }

    @Override
    public void addTime(UUID learnerId, UUID lessonId, Duration spent) {
        executor.update(Sql.of(ADD_TIME, spent, learnerId, lessonId));
    }

    @Override
    public List<LessonProgress> listByLearners(List<UUID> learnerIds) {
        return executor.query(Sql.of(OF_LEARNERS, rows.ids(learnerIds)), rows::lessonProgress);
    }

    @Override
    public void delete(UUID learnerId, List<UUID> lessonIds) {
        executor.update(Sql.of(DELETE, learnerId, rows.ids(lessonIds)), Guard.changes(lessonIds.size(),
                () -> Guard.concurrentChange("the lesson progress of learner " + learnerId)));
    }

    @Override
    public void move(UUID fromLearnerId, List<UUID> lessonIds, UUID toLearnerId) {
        executor.update(Sql.of(MOVE, toLearnerId, fromLearnerId, rows.ids(lessonIds)), Guard.changes(lessonIds.size(),
                () -> Guard.concurrentChange("the lesson progress of learner " + fromLearnerId)));
    }
}
