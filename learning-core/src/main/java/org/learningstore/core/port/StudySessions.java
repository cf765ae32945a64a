package org.learningstore.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.assessment.Question;
import org.learningstore.core.progress.PracticeAnswer;
import org.learningstore.core.progress.StudySession;

public interface StudySessions {
    /** A question of a session's scope and the learner's last graded answer to it (attempt or practice), if any. */
    record Candidate(Question question, Instant lastAnsweredAt, Boolean lastCorrect) {
    }

    Optional<StudySession> find(UUID sessionId);

    void insert(StudySession session);

    /**
     * Sets ended_at and steps the version, guarded on the session not being ended: a session
     * ended since it was read is a {@link org.learningstore.core.error.ConflictException} with no
     * field (a concurrent end), so the unit of work runs again and sees it ended.
     */
    void end(UUID sessionId, Instant endedAt);

    /**
     * Questions of the session's scope within its difficulty range, in assessment and position
     * order, each with the learner's last graded answer, in a fixed number of statements.
     */
    List<Candidate> candidates(StudySession session);

    /**
     * Candidates enough for the session's first {@code count} questions in study order (never
     * answered first, then last answered wrong, then the rest; within each, the oldest last
     * answer first; then scope order): every candidate as {@link #candidates} gives them, or
     * just those first {@code count}, in that order. The service orders them and takes the first
     * {@code count}; an adapter that picks them in its query saves reading the whole scope.
     */
    List<Candidate> next(StudySession session, int count);

    /** A session as {@link #find} gives it and the candidates {@link #next} gives for it. */
    record SessionWithNext(StudySession session, List<Candidate> next) {
    }

    /**
     * The session, if there is one, with the candidates {@link #next} gives for its first
     * {@code count} questions. An adapter that reads both together (the pick taking the scope
     * from the session's row) saves a round trip; it reads an ended session's candidates too,
     * which the caller leaves unused.
     */
    default Optional<SessionWithNext> findWithNext(UUID sessionId, int count) {
        return find(sessionId).map(session -> new SessionWithNext(session, next(session, count)));
    }

    /**
     * Stores the answer and adds it to the session's totals in SQL, guarded on the session not
     * being ended: as for {@link #end}, a concurrent end is a conflict with no field. Sets the
     * learner's study state of the question again from the answers.
     */
    void record(PracticeAnswer answer, UUID learnerId);

    /**
     * Gives every session of one learner, with its practice answers, to another; each session's
     * version plus one. Then sets both learners' study state again from their answers, so it runs
     * after their attempts moved.
     */
    void moveAll(UUID fromLearnerId, UUID toLearnerId);
}
