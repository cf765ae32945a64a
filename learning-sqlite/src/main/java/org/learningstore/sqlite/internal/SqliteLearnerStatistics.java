package org.learningstore.sqlite.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.port.LearnerStatistics;

/**
 * One learner's totals and active days, one statement each, every part of them reached through
 * the learner's own rows: lesson_progress by its key (learner_id, lesson_id), attempts by
 * attempts_learner_idx and their answers by key, practice answers by practice_answers_learner_idx.
 */
final class SqliteLearnerStatistics implements LearnerStatistics {
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    /** Parameters: the learner four times. */
    private static final String TOTALS = """
            SELECT (SELECT count(*) FROM lesson_progress p WHERE p.learner_id = ? AND p.status = 'completed') \
            AS lessons_completed, \
            (SELECT count(DISTINCT t.assessment_id) FROM attempts t WHERE t.learner_id = ? AND t.passed = 1) \
            AS assessments_passed, \
            (SELECT avg(t.percent) FROM attempts t WHERE t.learner_id = ? AND t.status IN ('submitted', 'expired') \
            AND t.percent IS NOT NULL) AS average_percent, \
            (SELECT coalesce(sum(p.time_spent_ms), 0) FROM lesson_progress p WHERE p.learner_id = ?) AS lesson_time_ms""";
    /**
     * Days since the epoch (UTC) of every lesson start and completion and every answer, from the
     * given day on, newest first. Parameters: (learner, first microsecond) four times.
     */
    private static final String ACTIVE_DAYS = """
            SELECT p.started_at / %1$d AS day FROM lesson_progress p WHERE p.learner_id = ? AND p.started_at >= ? \
            UNION SELECT p.completed_at / %1$d FROM lesson_progress p WHERE p.learner_id = ? AND p.completed_at >= ? \
            UNION SELECT n.answered_at / %1$d FROM attempts t JOIN answers n ON n.attempt_id = t.id \
            WHERE t.learner_id = ? AND n.answered_at >= ? \
            UNION SELECT pa.answered_at / %1$d FROM practice_answers pa WHERE pa.learner_id = ? AND pa.answered_at >= ? \
            ORDER BY 1 DESC""".formatted(MICROS_PER_DAY);

    private final SqlExecutor executor;

    SqliteLearnerStatistics(SqlExecutor executor) {
        this.executor = executor;
    }

    @Override
    public Totals totals(UUID learnerId) {
        Row row = executor.query(Sql.of(TOTALS, learnerId, learnerId, learnerId, learnerId), r -> r).get(0);
        return new Totals(row.integer("lessons_completed"), row.integer("assessments_passed"),
                row.nullableReal("average_percent"), Duration.ofMillis(row.integer("lesson_time_ms")));
    }

    @Override
    public List<Long> activeDays(UUID learnerId, long fromDay) {
        long from = Math.multiplyExact(fromDay, MICROS_PER_DAY);
        return executor.query(Sql.of(ACTIVE_DAYS, learnerId, from, learnerId, from, learnerId, from, learnerId, from),
                row -> row.integer("day"));
    }
}
