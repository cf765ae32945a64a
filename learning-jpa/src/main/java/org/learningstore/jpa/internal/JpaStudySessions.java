package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.port.StudySessions;
import org.learningstore.core.progress.PracticeAnswer;
import org.learningstore.core.progress.StudyScope;
import org.learningstore.core.progress.StudySession;
import org.learningstore.jpa.spi.LearnerHistory;

/**
 * Study sessions over {@link StudySessionEntity} and their practice answers over
 * {@link PracticeAnswerEntity}. After the insert, a session changes only by guarded bulk
 * statements (totals added in SQL, the end set once), which bypass the persistence context.
 */
public final class JpaStudySessions implements StudySessions {
    /**
     * The scope's questions in the range (two parameters), light columns only, when the scope is a
     * condition on the assessment (%1$s, on {@code a}; one parameter after the range): each assessment's questions
     * on {@code questions_assessment_position_key}. The fence (OFFSET 0) keeps that nested loop in
     * the generic plan PostgreSQL settles on for a prepared statement, which otherwise scans every
     * question of the store (its estimate of the range, unknown there, is a few rows).
     */
    private static final String SCOPE_OF_ASSESSMENTS = """
            SELECT q.id, a.id AS assessment_id, a.created_at, q.position
            FROM assessments a CROSS JOIN LATERAL (SELECT q.id, q.position FROM questions q
                WHERE q.assessment_id = a.id AND q.difficulty BETWEEN ? AND ? OFFSET 0) AS q
            WHERE %1$s""";
    /** As {@link #SCOPE_OF_ASSESSMENTS}, for a scope of skills (a uuid[], then the range): on {@code questions_skill_idx}. */
    private static final String SCOPE_OF_SKILLS = """
            SELECT q.id, q.assessment_id, a.created_at, q.position
            FROM questions q JOIN assessments a ON a.id = q.assessment_id
            WHERE q.skill_id = ANY(CAST(? AS uuid[])) AND q.difficulty BETWEEN ? AND ?""";
    /**
     * The first N questions in study order (the last parameter), picked here so only they are read
     * whole. The scope (%1$s, its parameters first) is read once, each question with the learner's
     * (the parameter after the scope's) last graded answer from the study
     * state ({@link JpaStudyState}) by its key; the order is never answered, last wrong, the rest,
     * each by time, then scope order: core's study order, which keeps it.
     */
    private static final String NEXT = """
            WITH scope AS MATERIALIZED (%1$s),
            chosen AS (
                SELECT s.id, s.assessment_id, s.created_at, s.position, st.last_answered_at AS answered_at,
                       st.last_correct AS correct,
                       CASE WHEN st.last_answered_at IS NULL THEN 0 WHEN NOT st.last_correct THEN 1 ELSE 2 END AS priority
                FROM scope s LEFT JOIN learner_question_state st ON st.learner_id = ? AND st.question_id = s.id
                ORDER BY priority, answered_at, s.created_at, s.assessment_id, s.position
                LIMIT ?)
            SELECT q.id, q.assessment_id, q.position, q.kind, q.prompt, CAST(q.options AS text),
                   CAST(q.answer_key AS text), q.explanation, q.points, q.difficulty, q.skill_id, q.version,
                   q.created_at, q.updated_at, f.answered_at, f.correct
            FROM chosen f JOIN questions q ON q.id = f.id
            ORDER BY f.priority, f.answered_at, f.created_at, f.assessment_id, f.position""";

    private static final String NEXT_OF_ASSESSMENT = NEXT.formatted(SCOPE_OF_ASSESSMENTS.formatted("a.id = ?"));
    private static final String NEXT_OF_COURSE = NEXT.formatted(SCOPE_OF_ASSESSMENTS.formatted("a.course_id = ?"));
    private static final String NEXT_OF_SKILLS = NEXT.formatted(SCOPE_OF_SKILLS);

    private final CurrentEntityManager current;
    private final LearnerHistory history;
    private final JpaStudyState studyState;

    public JpaStudySessions(CurrentEntityManager current, LearnerHistory history) {
        this.current = current;
        this.history = history;
        this.studyState = new JpaStudyState(current);
    }

    @Override
    public Optional<StudySession> find(UUID sessionId) {
        return Optional.ofNullable(current.get().find(StudySessionEntity.class, sessionId)).map(ProgressMapping::toRecord);
    }

    @Override
    public void insert(StudySession session) {
        current.get().persist(ProgressMapping.toEntity(session));
    }

    /** One guarded statement that steps the version; a session ended concurrently is a conflict, run again. */
    @Override
    public void end(UUID sessionId, Instant endedAt) {
        int ended = current.get().createQuery("update StudySessionEntity s set s.endedAt = :at, s.version = s.version + 1"
                        + " where s.id = :id and s.endedAt is null")
                .setParameter("at", endedAt)
                .setParameter("id", sessionId)
                .executeUpdate();
        if (ended == 0) {
            throw ended(sessionId);
        }
    }

    /**
     * Two statements whatever the scope's size: the questions in scope and difficulty range in
     * assessment (creation, then id) and position order, on {@code assessments_course_idx},
     * {@code questions_assessment_position_key} or {@code questions_skill_idx}; then the
     * learner's last graded answer to each ({@link LearnerHistory#lastGradedAnswers}), skipped
     * when nothing is in scope.
     */
    @Override
    public List<Candidate> candidates(StudySession session) {
        EntityManager entityManager = current.get();
        StudyScope scope = session.scope();
        String inScope = switch (scope.kind()) {
            case ASSESSMENT -> "q.assessmentId = :scope";
            case COURSE -> "a.courseId = :scope";
            case SKILLS -> "q.skillId in :scope";
        };
        TypedQuery<QuestionEntity> query = entityManager.createQuery("select q from QuestionEntity q"
                        + " join AssessmentEntity a on a.id = q.assessmentId"
                        + " where " + inScope + " and q.difficulty between :min and :max"
                        + " order by a.createdAt, a.id, q.position", QuestionEntity.class)
                .setParameter("min", session.minDifficulty())
                .setParameter("max", session.maxDifficulty());
        switch (scope.kind()) {
            case ASSESSMENT -> query.setParameter("scope", scope.assessmentId());
            case COURSE -> query.setParameter("scope", scope.courseId());
            case SKILLS -> query.setParameter("scope", scope.skillIds());
        }
        List<Question> questions = query.getResultStream().map(QuestionMapping::toRecord).toList();
        if (questions.isEmpty()) {
            return List.of();
        }
        Map<UUID, LearnerHistory.LastAnswer> last = new HashMap<>();
        history.lastGradedAnswers(entityManager, session.learnerId(), questions.stream().map(Question::id).toList())
                .forEach(answer -> last.put(answer.questionId(), answer));
        return questions.stream()
                .map(question -> {
                    LearnerHistory.LastAnswer answer = last.get(question.id());
                    return answer == null ? new Candidate(question, null, null)
                            : new Candidate(question, answer.answeredAt(), answer.correct());
                })
                .toList();
    }

    /**
     * One statement, read in plain JDBC ({@link JdbcReads}): the first {@code count} in study order
     * ({@link #NEXT}).
     */
    @Override
    public List<Candidate> next(StudySession session, int count) {
        StudyScope scope = session.scope();
        EntityManager entityManager = current.get();
        UUID learnerId = session.learnerId();
        int min = session.minDifficulty();
        int max = session.maxDifficulty();
        return switch (scope.kind()) {
            case ASSESSMENT -> JdbcReads.query(entityManager, NEXT_OF_ASSESSMENT, JpaStudySessions::candidates,
                    min, max, scope.assessmentId(), learnerId, count);
            case COURSE -> JdbcReads.query(entityManager, NEXT_OF_COURSE, JpaStudySessions::candidates,
                    min, max, scope.courseId(), learnerId, count);
            case SKILLS -> JdbcReads.query(entityManager, NEXT_OF_SKILLS, JpaStudySessions::candidates,
                    NativeRows.uuidArray(scope.skillIds()), min, max, learnerId, count);
        };
    }

    private static List<Candidate> candidates(ResultSet rows) throws SQLException {
        List<Candidate> candidates = new ArrayList<>();
        while (rows.next()) {
            QuestionEntity entity = new QuestionEntity();
            entity.id = rows.getObject(1, UUID.class);
            entity.assessmentId = rows.getObject(2, UUID.class);
            entity.position = rows.getInt(3);
            entity.kind = rows.getString(4);
            entity.prompt = rows.getString(5);
            entity.options = rows.getString(6);
            entity.answerKey = rows.getString(7);
            entity.explanation = rows.getString(8);
            entity.points = rows.getInt(9);
            entity.difficulty = rows.getInt(10);
            entity.skillId = rows.getObject(11, UUID.class);
            entity.version = rows.getLong(12);
            entity.createdAt = instant(rows, 13);
            entity.updatedAt = instant(rows, 14);
            candidates.add(new Candidate(QuestionMapping.toRecord(entity), instant(rows, 15), rows.getObject(16, Boolean.class)));
        }
        return candidates;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * Three statements: the session's totals move in SQL, guarded on it not being ended (so an
     * answer never lands after a concurrent end, a conflict run again), the answer's insert,
     * then the learner's study state of the question.
     */
    @Override
    public void record(PracticeAnswer answer, UUID learnerId) {
        EntityManager entityManager = current.get();
        int updated = entityManager.createQuery("update StudySessionEntity s set s.answered = s.answered + 1,"
                        + " s.correct = s.correct + :correct, s.timeSpentMs = s.timeSpentMs + :millis"
                        + " where s.id = :id and s.endedAt is null")
                .setParameter("correct", answer.correct() ? 1 : 0)
                .setParameter("millis", answer.timeSpent() == null ? 0L : answer.timeSpent().toMillis())
                .setParameter("id", answer.sessionId())
                .executeUpdate();
        if (updated == 0) {
            throw ended(answer.sessionId());
        }
        entityManager.persist(ProgressMapping.toEntity(answer, learnerId));
        studyState.refresh(List.of(new JpaStudyState.Key(learnerId, answer.questionId())));
    }

    /** Two bulk statements: the sessions (versions stepped), then their practice answers; then both learners' study state rebuilt (two more). */
    @Override
    public void moveAll(UUID fromLearnerId, UUID toLearnerId) {
        EntityManager entityManager = current.get();
        entityManager.createQuery("update StudySessionEntity s set s.learnerId = :to, s.version = s.version + 1"
                        + " where s.learnerId = :from")
                .setParameter("from", fromLearnerId)
                .setParameter("to", toLearnerId)
                .executeUpdate();
        entityManager.createQuery("update PracticeAnswerEntity p set p.learnerId = :to where p.learnerId = :from")
                .setParameter("from", fromLearnerId)
                .setParameter("to", toLearnerId)
                .executeUpdate();
        studyState.rebuild(fromLearnerId, toLearnerId);
    }

    /** The session was ended since the caller read it open: running the unit again finds it ended. */
    private static ConflictException ended(UUID sessionId) {
        return new ConflictException(null, "study session " + sessionId + " was ended concurrently", null);
    }
}
