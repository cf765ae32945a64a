package org.learningstore.sqlite.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What must hold in a SQLite file whatever happened to the processes writing it: SQLite's own
 * checks, then every cross-table invariant the library keeps, each as a query counting the rows
 * that break it.
 */
final class SqliteInvariants {
    private static final Map<String, String> BROKEN_ROWS = new LinkedHashMap<>();

    static {
        BROKEN_ROWS.put("attempts numbered 1..n without gaps per assessment and learner", """
                SELECT count(*) FROM (SELECT 1 FROM attempts GROUP BY assessment_id, learner_id
                HAVING min(number) <> 1 OR max(number) <> count(*))""");
        BROKEN_ROWS.put("at most one attempt in progress per assessment and learner", """
                SELECT count(*) FROM (SELECT 1 FROM attempts WHERE status = 'in_progress'
                GROUP BY assessment_id, learner_id HAVING count(*) > 1)""");
        BROKEN_ROWS.put("a submitted attempt's score is the sum of its answers' points", """
                SELECT count(*) FROM attempts a WHERE a.status = 'submitted'
                AND abs(a.score - (SELECT coalesce(sum(w.points), 0) FROM answers w WHERE w.attempt_id = a.id)) > 1e-9""");
        BROKEN_ROWS.put("question statistics count the answers of submitted attempts and of practice", """
                SELECT count(*) FROM questions q LEFT JOIN question_stats s ON s.question_id = q.id
                WHERE coalesce(s.times_answered, 0) <> (SELECT count(*) FROM answers w JOIN attempts a ON a.id = w.attempt_id
                      WHERE w.question_id = q.id AND a.status = 'submitted')
                      + (SELECT count(*) FROM practice_answers p WHERE p.question_id = q.id)
                   OR coalesce(s.times_correct, 0) <> (SELECT count(*) FROM answers w JOIN attempts a ON a.id = w.attempt_id
                      WHERE w.question_id = q.id AND a.status = 'submitted' AND w.correct = 1)
                      + (SELECT count(*) FROM practice_answers p WHERE p.question_id = q.id AND p.correct = 1)""");
        BROKEN_ROWS.put("a completed lesson has its completion time, and only a completed one", """
                SELECT count(*) FROM lesson_progress
                WHERE (status = 'completed') <> (completed_at IS NOT NULL)""");
        BROKEN_ROWS.put("an enrollment's percent is its completed share of the course's published lessons", """
                SELECT count(*) FROM enrollments e WHERE abs(e.progress_percent - (
                    SELECT CASE WHEN count(*) = 0 THEN 100
                           ELSE round(sum(p.status IS 'completed') * 10000.0 / count(*)) / 100.0 END
                    FROM lessons l JOIN modules m ON m.id = l.module_id
                    LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.learner_id = e.learner_id
                    WHERE m.course_id = e.course_id AND l.published = 1)) > 1e-9""");
        BROKEN_ROWS.put("a course's seats taken are its active and completed enrollments, never over its maximum", """
                SELECT count(*) FROM courses c
                WHERE c.enrolled_count <> (SELECT count(*) FROM enrollments e
                      WHERE e.course_id = c.id AND e.status IN ('active', 'completed'))
                   OR c.enrolled_count > coalesce(c.max_students, c.enrolled_count)""");
        BROKEN_ROWS.put("a learner's XP total is the sum of the ledger", """
                SELECT count(*) FROM learners l
                WHERE l.total_xp <> (SELECT coalesce(sum(x.amount), 0) FROM xp_entries x WHERE x.learner_id = l.id)""");
    }

    private SqliteInvariants() {
    }

    /** Every failed check, by name; empty when the file is sound. */
    static List<String> violations(Path file) throws SQLException {
        List<String> violations = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            List<String> integrity = column(statement, "PRAGMA integrity_check");
            if (!integrity.equals(List.of("ok"))) {
                violations.add("integrity_check: " + integrity);
            }
            List<String> foreignKeys = column(statement, "PRAGMA foreign_key_check");
            if (!foreignKeys.isEmpty()) {
                violations.add("foreign_key_check: " + foreignKeys);
            }
            for (Map.Entry<String, String> check : BROKEN_ROWS.entrySet()) {
                long broken = count(statement, check.getValue());
                if (broken != 0) {
                    violations.add(check.getKey() + ": " + broken + " rows break it");
                }
            }
        }
        return violations;
    }

    static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static List<String> column(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
