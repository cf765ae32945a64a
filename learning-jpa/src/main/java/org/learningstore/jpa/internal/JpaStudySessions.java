package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
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
    private final CurrentEntityManager current;
    private final LearnerHistory history;

    public JpaStudySessions(CurrentEntityManager current, LearnerHistory history) {
        this.current = current;
        this.history = history;
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

    /** Every candidate: the service picks the first {@code count}. */
    @Override
    public List<Candidate> next(StudySession session, int count) {
        return candidates(session);
    }

    /**
     * Two statements: the session's totals move in SQL, guarded on it not being ended (so an
     * answer never lands after a concurrent end, a conflict run again), then the answer's
     * insert, at the end of the unit of work.
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
    }

    /** Two bulk statements: the sessions (versions stepped), then their practice answers. */
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
    }

    /** The session was ended since the caller read it open: running the unit again finds it ended. */
    private static ConflictException ended(UUID sessionId) {
        return new ConflictException(null, "study session " + sessionId + " was ended concurrently", null);
    }
}
