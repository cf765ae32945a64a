package org.learningstore.postgres;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningstore.core.port.JsonCodec;
import org.learningstore.jpa.spi.AttemptGrading;

/**
 * A grading's per-question writes, one statement each: the rows travel as one JSON array
 * parameter, unpacked by {@code jsonb_to_recordset}, so neither the statement text nor the number
 * of statements depends on the number of questions.
 */
final class PostgresAttemptGrading implements AttemptGrading {
    private static final String GRADE_ANSWERS = """
            UPDATE answers a
            SET correct = g.correct, points = g.points
            FROM jsonb_to_recordset(CAST(?1 AS jsonb)) AS g(question_id uuid, correct boolean, points double precision)
            WHERE a.attempt_id = ?2 AND a.question_id = g.question_id""";

    private static final String SAVE_ANSWERS = """
            INSERT INTO answers (attempt_id, question_id, response, correct, points, answered_at, time_spent_ms)
            SELECT ?2, g.question_id, CAST(g.response AS jsonb), NULL, NULL, ?3, g.time_ms
            FROM jsonb_to_recordset(CAST(?1 AS jsonb)) AS g(question_id uuid, response text, time_ms bigint)
            ON CONFLICT (attempt_id, question_id) DO UPDATE
            SET response = excluded.response, correct = NULL, points = NULL,
                answered_at = excluded.answered_at, time_spent_ms = excluded.time_spent_ms""";

    /**
     * The sub-select locks the statistics rows in question id order (rows are locked after the
     * sort), so two gradings over the same questions queue rather than deadlock; the update then
     * adds to whatever the row holds once the lock is granted (READ COMMITTED re-reads it).
     */
    private static final String ADD_TO_STATS = """
            UPDATE question_stats s
            SET times_answered = s.times_answered + d.answered,
                times_correct = s.times_correct + d.correct,
                total_time_ms = s.total_time_ms + d.time_ms
            FROM (SELECT q.question_id, g.answered, g.correct, g.time_ms
                  FROM jsonb_to_recordset(CAST(?1 AS jsonb))
                           AS g(question_id uuid, answered bigint, correct bigint, time_ms bigint)
                  JOIN question_stats q ON q.question_id = g.question_id
                  ORDER BY q.question_id
                  FOR NO KEY UPDATE OF q) d
            WHERE s.question_id = d.question_id""";

    private final JsonCodec json;

    PostgresAttemptGrading(JsonCodec json) {
        this.json = json;
    }

    @Override
    public int saveAnswers(EntityManager entityManager, UUID attemptId, Instant answeredAt, List<NewAnswer> answers) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NewAnswer answer : answers) {
            var row = new LinkedHashMap<String, Object>();
            row.put("question_id", answer.questionId().toString());
            row.put("response", answer.responseJson());
            row.put("time_ms", answer.timeMillis());
            rows.add(row);
        }
        return entityManager.createNativeQuery(SAVE_ANSWERS)
                .setParameter(1, json.print(rows))
                .setParameter(2, attemptId)
                .setParameter(3, answeredAt)
                .executeUpdate();
    }

    @Override
    public int gradeAnswers(EntityManager entityManager, UUID attemptId, List<AnswerGrade> grades) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AnswerGrade grade : grades) {
            var row = new LinkedHashMap<String, Object>();
            row.put("question_id", grade.questionId().toString());
            row.put("correct", grade.correct());
            row.put("points", grade.points());
            rows.add(row);
        }
        return entityManager.createNativeQuery(GRADE_ANSWERS)
                .setParameter(1, json.print(rows))
                .setParameter(2, attemptId)
                .executeUpdate();
    }

    @Override
    public int addToStats(EntityManager entityManager, List<StatsIncrement> increments) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StatsIncrement increment : increments) {
            var row = new LinkedHashMap<String, Object>();
            row.put("question_id", increment.questionId().toString());
            row.put("answered", increment.answered());
            row.put("correct", increment.correct());
            row.put("time_ms", increment.timeMillis());
            rows.add(row);
        }
        return entityManager.createNativeQuery(ADD_TO_STATS)
                .setParameter(1, json.print(rows))
                .executeUpdate();
    }
}
