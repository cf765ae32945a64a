package org.learningstore.jpa.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.Assessment;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptOverride;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.port.StoredShapes;

/**
 * The columns of assessments, questions, attempts, answers and overrides as plain JDBC reads them
 * (by index, from a given first column), straight into records: no entity, so nothing for the
 * unit's flushes to walk. Timestamps are read as {@link OffsetDateTime}, exact to the microsecond.
 */
final class AttemptRows {
    /** 15 columns of {@code assessments s}. */
    static final String ASSESSMENT = "s.id, s.course_id, s.lesson_id, s.kind, s.title, s.description, s.passing_score,"
            + " s.max_attempts, s.time_limit_ms, s.randomize_questions, s.show_answers, s.partial_credit, s.version,"
            + " s.created_at, s.updated_at";
    static final int ASSESSMENT_COLUMNS = 15;

    /** 14 columns of {@code questions q}. */
    static final String QUESTION = "q.id, q.assessment_id, q.position, q.kind, q.prompt, CAST(q.options AS text),"
            + " CAST(q.answer_key AS text), q.explanation, q.points, q.difficulty, q.skill_id, q.version, q.created_at,"
            + " q.updated_at";

    /** 17 columns of {@code attempts t}; what it was graded against is read on its own. */
    static final String ATTEMPT = "t.id, t.assessment_id, t.learner_id, t.number, t.status, t.started_at, t.deadline,"
            + " t.submitted_at, t.score, t.max_score, t.percent, t.passed, t.previous_score, CAST(t.question_order AS text),"
            + " t.version, t.metadata, t.feedback";
    static final int ATTEMPT_COLUMNS = 17;

    /** 8 columns of {@code answers w}. */
    static final String ANSWER = "w.attempt_id, w.question_id, CAST(w.response AS text), w.correct, w.points, w.answered_at,"
            + " w.time_spent_ms, w.feedback";

    /** 4 columns of {@code attempt_overrides o}. */
    static final String OVERRIDE = "o.assessment_id, o.learner_id, o.extra_attempts, o.extra_time_ms";

    private AttemptRows() {
    }

    static Assessment assessment(ResultSet rows, int from) throws SQLException {
        var entity = new AssessmentEntity();
        entity.id = rows.getObject(from, UUID.class);
        entity.courseId = rows.getObject(from + 1, UUID.class);
        entity.lessonId = rows.getObject(from + 2, UUID.class);
        entity.kind = rows.getString(from + 3);
        entity.title = rows.getString(from + 4);
        entity.description = rows.getString(from + 5);
        entity.passingScore = rows.getInt(from + 6);
        entity.maxAttempts = rows.getObject(from + 7, Integer.class);
        entity.timeLimitMs = rows.getObject(from + 8, Long.class);
        entity.randomizeQuestions = rows.getBoolean(from + 9);
        entity.showAnswers = rows.getString(from + 10);
        entity.partialCredit = rows.getBoolean(from + 11);
        entity.version = rows.getLong(from + 12);
        entity.createdAt = instant(rows, from + 13);
        entity.updatedAt = instant(rows, from + 14);
        return AssessmentMapping.toRecord(entity);
    }

    static Question question(ResultSet rows, int from) throws SQLException {
        var entity = new QuestionEntity();
        entity.id = rows.getObject(from, UUID.class);
        entity.assessmentId = rows.getObject(from + 1, UUID.class);
        entity.position = rows.getInt(from + 2);
        entity.kind = rows.getString(from + 3);
        entity.prompt = rows.getString(from + 4);
        entity.options = rows.getString(from + 5);
        entity.answerKey = rows.getString(from + 6);
        entity.explanation = rows.getString(from + 7);
        entity.points = rows.getInt(from + 8);
        entity.difficulty = rows.getInt(from + 9);
        entity.skillId = rows.getObject(from + 10, UUID.class);
        entity.version = rows.getLong(from + 11);
        entity.createdAt = instant(rows, from + 12);
        entity.updatedAt = instant(rows, from + 13);
        return QuestionMapping.toRecord(entity);
    }

    static Attempt attempt(ResultSet rows, int from) throws SQLException {
        return new Attempt(rows.getObject(from, UUID.class), rows.getObject(from + 1, UUID.class),
                rows.getObject(from + 2, UUID.class), rows.getInt(from + 3), AttemptStatus.fromCode(rows.getString(from + 4)),
                instant(rows, from + 5), instant(rows, from + 6), instant(rows, from + 7),
                rows.getObject(from + 8, Double.class), rows.getObject(from + 9, Double.class),
                rows.getObject(from + 10, Double.class), rows.getObject(from + 11, Boolean.class),
                rows.getObject(from + 12, Double.class), StoredShapes.ids(JsonColumns.parse(rows.getString(from + 13))),
                rows.getLong(from + 14), rows.getString(from + 15), rows.getString(from + 16));
    }

    static Answer answer(ResultSet rows, int from) throws SQLException {
        return new Answer(rows.getObject(from, UUID.class), rows.getObject(from + 1, UUID.class),
                StoredShapes.response(JsonColumns.parse(rows.getString(from + 2))), rows.getObject(from + 3, Boolean.class),
                rows.getObject(from + 4, Double.class), instant(rows, from + 5), Duration.ofMillis(rows.getLong(from + 6)),
                rows.getString(from + 7));
    }

    /** Null when the override's columns are null (no override: an outer join found none). */
    static AttemptOverride override(ResultSet rows, int from) throws SQLException {
        UUID assessmentId = rows.getObject(from, UUID.class);
        return assessmentId == null ? null : new AttemptOverride(assessmentId, rows.getObject(from + 1, UUID.class),
                rows.getInt(from + 2), Duration.ofMillis(rows.getLong(from + 3)));
    }

    static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
