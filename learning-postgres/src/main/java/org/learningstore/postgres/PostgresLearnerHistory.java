package org.learningstore.postgres;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.jpa.spi.LearnerHistory;

/**
 * A learner's answer history, one statement each. The question ids travel as one JSON array
 * parameter, so neither the statement text nor the number of statements depends on how many
 * there are.
 */
final class PostgresLearnerHistory implements LearnerHistory {
    private static final String GRADED = "('" + AttemptStatus.SUBMITTED.code() + "', '" + AttemptStatus.EXPIRED.code() + "')";

    /**
     * The attempts' side starts from the learner's attempts ({@code attempts_learner_idx}) and
     * reaches their answers by the primary key; the practice side is
     * {@code practice_answers_learner_idx}. DISTINCT ON keeps the first row of each question in
     * the ORDER BY: the latest, a wrong one first on a tie.
     */
    private static final String LAST_GRADED_ANSWERS = """
            WITH wanted AS (SELECT CAST(j.value AS uuid) AS question_id
                            FROM jsonb_array_elements_text(CAST(?2 AS jsonb)) AS j)
            SELECT DISTINCT ON (h.question_id) h.question_id, h.answered_at, h.correct
            FROM (SELECT w.question_id, w.answered_at, w.correct
                  FROM attempts t JOIN answers w ON w.attempt_id = t.id
                  WHERE t.learner_id = ?1 AND t.status IN %s AND w.correct IS NOT NULL
                    AND w.question_id IN (SELECT question_id FROM wanted)
                  UNION ALL
                  SELECT p.question_id, p.answered_at, p.correct
                  FROM practice_answers p
                  WHERE p.learner_id = ?1 AND p.question_id IN (SELECT question_id FROM wanted)) AS h
            ORDER BY h.question_id, h.answered_at DESC, h.correct""".formatted(GRADED);

    /** Each branch is bounded below by the first instant of {@code fromDay}, on the learner's indexes. */
    private static final String ACTIVE_DAYS = """
            SELECT DISTINCT CAST(floor(extract(epoch FROM x.at) / 86400) AS bigint) AS day
            FROM (SELECT p.started_at AS at FROM lesson_progress p
                  WHERE p.learner_id = ?1 AND p.started_at >= to_timestamp(?2 * 86400.0)
                  UNION ALL
                  SELECT p.completed_at FROM lesson_progress p
                  WHERE p.learner_id = ?1 AND p.completed_at >= to_timestamp(?2 * 86400.0)
                  UNION ALL
                  SELECT w.answered_at FROM attempts t JOIN answers w ON w.attempt_id = t.id
                  WHERE t.learner_id = ?1 AND w.answered_at >= to_timestamp(?2 * 86400.0)
                  UNION ALL
                  SELECT a.answered_at FROM practice_answers a
                  WHERE a.learner_id = ?1 AND a.answered_at >= to_timestamp(?2 * 86400.0)) AS x
            ORDER BY day DESC""";

    private final JsonCodec json;

    PostgresLearnerHistory(JsonCodec json) {
        this.json = json;
    }

    @Override
    public List<LastAnswer> lastGradedAnswers(EntityManager entityManager, UUID learnerId, List<UUID> questionIds) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        List<?> rows = entityManager.createNativeQuery(LAST_GRADED_ANSWERS)
                .setParameter(1, learnerId)
                .setParameter(2, json.print(questionIds.stream().map(UUID::toString).toList()))
                .getResultList();
        List<LastAnswer> answers = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            answers.add(new LastAnswer((UUID) columns[0], instant(columns[1]), (Boolean) columns[2]));
        }
        return answers;
    }

    @Override
    public List<Long> activeDays(EntityManager entityManager, UUID learnerId, long fromDay) {
        List<?> rows = entityManager.createNativeQuery(ACTIVE_DAYS)
                .setParameter(1, learnerId)
                .setParameter(2, fromDay)
                .getResultList();
        return rows.stream().map(day -> ((Number) day).longValue()).toList();
    }

    /** Hibernate reads a {@code timestamptz} column of a native query as one of these, depending on its settings. */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }
}
