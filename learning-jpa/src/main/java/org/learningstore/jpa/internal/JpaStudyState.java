package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The study state ({@code learner_question_state}): per learner and question, the learner's last
 * graded answer, a derived copy of the answers of the learner's submitted or expired attempts and
 * the learner's practice answers (the latest; a tie in time counts as wrong, as
 * {@link org.learningstore.jpa.spi.LearnerHistory#lastGradedAnswers}). Every write of those
 * answers calls {@link #refresh} in its own unit of work, so the study pick joins it by key
 * instead of grouping the learner's history.
 */
final class JpaStudyState {
    /** A stored row replaced only by a later answer, a wrong one winning a tie. */
    private static final String LATER_ONLY = """
            ON CONFLICT (learner_id, question_id) DO UPDATE
            SET last_answered_at = excluded.last_answered_at, last_correct = excluded.last_correct
            WHERE excluded.last_answered_at > learner_question_state.last_answered_at
               OR (excluded.last_answered_at = learner_question_state.last_answered_at
                   AND learner_question_state.last_correct AND NOT excluded.last_correct)""";
    /**
     * Each (learner, question) of the keys (%1$s) set again from the answers: the learner's graded
     * answers to the question (its assessment's attempts of the learner by their unique key, the
     * answer by its key) and practice answers ({@code practice_answers_learner_idx}), the latest
     * of them, a wrong one first on a tie. A stored row is only ever replaced by a later answer:
     * under READ COMMITTED a concurrent unit's answers are not in this statement's snapshot, and
     * when that unit committed first its row, later than anything seen here, must stay.
     */
    private static final String REFRESH_OF = """
            WITH keys AS MATERIALIZED (%1$s)
            INSERT INTO learner_question_state (learner_id, question_id, last_answered_at, last_correct)
            SELECT DISTINCT ON (h.learner_id, h.question_id) h.learner_id, h.question_id, h.answered_at, h.correct
            FROM (SELECT k.learner_id, k.question_id, n.answered_at, n.correct
                  FROM keys k JOIN questions q ON q.id = k.question_id
                  JOIN attempts t ON t.assessment_id = q.assessment_id AND t.learner_id = k.learner_id
                  JOIN answers n ON n.attempt_id = t.id AND n.question_id = k.question_id
                  WHERE t.status IN ('submitted', 'expired') AND n.correct IS NOT NULL
                  UNION ALL
                  SELECT k.learner_id, k.question_id, p.answered_at, p.correct
                  FROM keys k JOIN practice_answers p ON p.learner_id = k.learner_id AND p.question_id = k.question_id) AS h
            ORDER BY h.learner_id, h.question_id, h.answered_at DESC, h.correct
            """ + LATER_ONLY;
    /**
     * The graded answers of the attempts (?1, a uuid[]) added to the state: per (learner, question)
     * the latest of them, replacing a stored row only when later (a wrong one first on a tie), so
     * the state stays the latest of every graded answer without reading the learner's history.
     */
    private static final String ADD_ATTEMPTS = """
            INSERT INTO learner_question_state (learner_id, question_id, last_answered_at, last_correct)
            SELECT DISTINCT ON (t.learner_id, n.question_id) t.learner_id, n.question_id, n.answered_at, n.correct
            FROM attempts t JOIN answers n ON n.attempt_id = t.id
            WHERE t.id = ANY (CAST(?1 AS uuid[])) AND t.status IN ('submitted', 'expired') AND n.correct IS NOT NULL
            ORDER BY t.learner_id, n.question_id, n.answered_at DESC, n.correct
            """ + LATER_ONLY;
    /** The keys of two arrays, learners (?1) and questions (?2), pairwise. */
    private static final String REFRESH = REFRESH_OF.formatted("""
            SELECT DISTINCT k.learner_id, k.question_id
            FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS uuid[])) AS k(learner_id, question_id)""");
    private static final String FORGET = "DELETE FROM learner_question_state WHERE learner_id IN (?1, ?2)";
    /** The keys of two arrays, learners (?1) and questions (?2), pairwise. */
    private static final String FORGET_KEYS = """
            DELETE FROM learner_question_state s USING unnest(CAST(?1 AS uuid[]), CAST(?2 AS uuid[])) AS k(learner_id, question_id)
            WHERE s.learner_id = k.learner_id AND s.question_id = k.question_id""";
    /** The keys of every question either of two learners (?1, ?2) answered. */
    private static final String REBUILD = REFRESH_OF.formatted("""
            SELECT t.learner_id, n.question_id FROM attempts t JOIN answers n ON n.attempt_id = t.id
            WHERE t.learner_id IN (?1, ?2)
            UNION SELECT p.learner_id, p.question_id FROM practice_answers p WHERE p.learner_id IN (?1, ?2)""");

    /**
     * A question's rows (?1), deleted before the question (the table has no foreign key to
     * questions, so that a question index does not cost every row one more index entry): by key,
     * for the learners of its assessment's attempts (their unique key) and of its practice
     * answers ({@code practice_answers_question_idx}), the only learners that can hold a row for it.
     */
    static final String FORGET_QUESTION = """
            DELETE FROM learner_question_state WHERE question_id = ?1 AND learner_id IN (
            SELECT t.learner_id FROM questions q JOIN attempts t ON t.assessment_id = q.assessment_id WHERE q.id = ?1
            UNION SELECT p.learner_id FROM practice_answers p WHERE p.question_id = ?1)""";

    /** A learner and a question whose state an answer's write may have moved. */
    record Key(UUID learnerId, UUID questionId) {
    }

    private final CurrentEntityManager current;

    JpaStudyState(CurrentEntityManager current) {
        this.current = current;
    }

    /**
     * One statement whatever the number of keys (none for none), after a flush that writes the
     * answers the unit of work holds: each key's state set again from the answers.
     */
    void refresh(Collection<Key> keys) {
        write(List.of(REFRESH), keys);
    }

    /**
     * One statement, after a flush that writes the answers the unit of work holds: the attempts'
     * graded answers added to the state. Exact where those answers are the only change (new
     * attempts, graded once); a change to a stored grade needs {@link #refreshRegraded}.
     */
    void addAttempts(List<UUID> attemptIds) {
        EntityManager entityManager = current.get();
        entityManager.flush();
        NativeRows.update(entityManager, ADD_ATTEMPTS, NativeRows.uuidArray(attemptIds));
    }

    /**
     * After a regrade, which may turn the last answer right at the same time (which {@link #refresh}
     * keeps as it was): each key's row dropped, then set again from the answers, in two statements.
     */
    void refreshRegraded(Collection<Key> keys) {
        write(List.of(FORGET_KEYS, REFRESH), keys);
    }

    private void write(List<String> statements, Collection<Key> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<UUID> learners = new ArrayList<>(keys.size());
        List<UUID> questions = new ArrayList<>(keys.size());
        keys.forEach(key -> {
            learners.add(key.learnerId());
            questions.add(key.questionId());
        });
        EntityManager entityManager = current.get();
        entityManager.flush();
        statements.forEach(sql -> NativeRows.update(entityManager, sql, NativeRows.uuidArray(learners), NativeRows.uuidArray(questions)));
    }

    /**
     * After a merge moved {@code fromLearnerId}'s answers to {@code toLearnerId}: both learners'
     * state rows dropped, then set again from the answers, in two statements.
     */
    void rebuild(UUID fromLearnerId, UUID toLearnerId) {
        EntityManager entityManager = current.get();
        entityManager.flush();
        NativeRows.update(entityManager, FORGET, fromLearnerId, toLearnerId);
        NativeRows.update(entityManager, REBUILD, fromLearnerId, toLearnerId);
    }
}
