package org.learningstore.sqlite.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.Attempt;

/**
 * The study state ({@code learner_question_state}): per learner and question, the learner's last
 * graded answer, a derived copy of the answers of the learner's submitted or expired attempts and
 * the learner's practice answers (the latest; a tie in time counts as wrong). Every write of
 * those answers calls {@link #refresh} in its own transaction, so the study pick joins it by key
 * instead of grouping the learner's history.
 */
final class SqliteStudyState {
    /**
     * Each (learner, question) of the keys (%1$s, read twice, not through a CTE: tursodb panics on a
     * CTE holding a json_each read twice) set again from the answers: the learner's graded answers
     * to the question (its assessment's attempts of the learner by their unique key, the answer by
     * its key) and practice answers ({@code practice_answers_learner_idx}), folded into one key,
     * answered_at * 2 + (1 - correct), whose largest is the last answer, a wrong one winning a tie.
     */
    private static final String REFRESH_OF = """
            INSERT INTO learner_question_state (learner_id, question_id, last_answered_at, last_correct) \
            SELECT h.learner_id, h.question_id, max(h.last_key) / 2, 1 - max(h.last_key) %% 2 FROM (\
            SELECT k.learner_id, k.question_id, n.answered_at * 2 + 1 - n.correct AS last_key \
            FROM %1$s AS k JOIN questions q ON q.id = k.question_id \
            JOIN attempts t ON t.assessment_id = q.assessment_id AND t.learner_id = k.learner_id \
            JOIN answers n ON n.attempt_id = t.id AND n.question_id = k.question_id \
            WHERE t.status IN ('submitted', 'expired') AND n.correct IS NOT NULL \
            UNION ALL \
            SELECT k.learner_id, k.question_id, p.answered_at * 2 + 1 - p.correct \
            FROM %1$s AS k JOIN practice_answers p ON p.learner_id = k.learner_id AND p.question_id = k.question_id\
            ) AS h GROUP BY h.learner_id, h.question_id \
            ON CONFLICT (learner_id, question_id) DO UPDATE SET \
            last_answered_at = excluded.last_answered_at, last_correct = excluded.last_correct""";
    /** The keys of one array of {learner, question}. */
    private static final String REFRESH = REFRESH_OF.formatted("""
            (SELECT DISTINCT g.value ->> 'learner' AS learner_id, g.value ->> 'question' AS question_id FROM json_each(?) AS g)""");
    private static final String FORGET = "DELETE FROM learner_question_state WHERE learner_id IN (?, ?)";
    /** An added answer replaces the stored row only when it is later (a wrong one winning a tie). */
    private static final String KEEP_THE_LATER = """
             ON CONFLICT (learner_id, question_id) DO UPDATE SET \
            last_answered_at = excluded.last_answered_at, last_correct = excluded.last_correct \
            WHERE excluded.last_answered_at * 2 + 1 - excluded.last_correct \
            > learner_question_state.last_answered_at * 2 + 1 - learner_question_state.last_correct""";
    /**
     * The graded answers of the attempts (their ids as one JSON array) added to the state: per
     * (learner, question) the latest of them, kept only if it is later than the stored row (a
     * wrong one winning a tie), so the state stays the latest of every graded answer without
     * reading the learner's history (attempts by key, their answers by key).
     */
    private static final String ADD_ATTEMPTS = """
            INSERT INTO learner_question_state (learner_id, question_id, last_answered_at, last_correct) \
            SELECT t.learner_id, n.question_id, max(n.answered_at * 2 + 1 - n.correct) / 2, 1 - max(n.answered_at * 2 + 1 - n.correct) % 2 \
            FROM attempts t JOIN answers n ON n.attempt_id = t.id \
            WHERE t.id IN (SELECT CAST(g.value AS TEXT) FROM json_each(?) AS g) \
            AND t.status IN ('submitted', 'expired') AND n.correct IS NOT NULL \
            GROUP BY t.learner_id, n.question_id""" + KEEP_THE_LATER;
    /**
     * One learner's graded answers of one attempt written in this unit, from one array of
     * {question, answeredAt, correct (0/1)} (no read of the rows just written), added as
     * {@link #ADD_ATTEMPTS} adds an attempt's: only when the attempt's status counts.
     */
    private static final String ADD_GRADED = """
            INSERT INTO learner_question_state (learner_id, question_id, last_answered_at, last_correct) \
            SELECT ?, g.value ->> 'question', g.value ->> 'answeredAt', g.value ->> 'correct' FROM json_each(?) AS g \
            WHERE ? IN ('submitted', 'expired')""" + KEEP_THE_LATER;
    /** The keys of every question either of two learners answered. */
    private static final String REBUILD = REFRESH_OF.formatted("""
            (SELECT t.learner_id, n.question_id FROM attempts t JOIN answers n ON n.attempt_id = t.id WHERE t.learner_id IN (?, ?) \
            UNION SELECT p.learner_id, p.question_id FROM practice_answers p WHERE p.learner_id IN (?, ?))""");

    /**
     * A question's rows, deleted before the question (the table has no foreign key to questions,
     * so that a question index does not cost every row one more b-tree entry): by key, for the
     * learners of its assessment's attempts (their unique key) and of its practice answers
     * ({@code practice_answers_question_idx}), the only learners that can hold a row for it.
     */
    static final String FORGET_QUESTION = """
            DELETE FROM learner_question_state WHERE question_id = ? AND learner_id IN (\
            SELECT t.learner_id FROM questions q JOIN attempts t ON t.assessment_id = q.assessment_id WHERE q.id = ? \
            UNION SELECT p.learner_id FROM practice_answers p WHERE p.question_id = ?)""";

    /** A learner and a question whose state an answer's write may have moved. */
    record Key(UUID learnerId, UUID questionId) {
    }

    private final SqlExecutor executor;
    private final AssessmentRows rows;

    SqliteStudyState(SqlExecutor executor, AssessmentRows rows) {
        this.executor = executor;
        this.rows = rows;
    }

    /** One statement whatever the number of keys (none for none): each key's state set again from the answers. */
    void refresh(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Set<Map<String, String>> items = new LinkedHashSet<>();
        keys.forEach(key -> items.add(Map.of("learner", key.learnerId().toString(), "question", key.questionId().toString())));
        String array = rows.array(List.copyOf(items));
        executor.update(Sql.of(REFRESH, array, array));
    }

    /**
     * One statement whatever the number of attempts (their ids as one JSON array), after their
     * answers are written: the attempts' graded answers added to the state. Exact where the answers written
     * are the only change (new attempts, graded once); a change to a stored grade needs {@link #refresh}.
     */
    void addAttempts(String attemptIds) {
        executor.update(Sql.of(ADD_ATTEMPTS, attemptIds));
    }

    /**
     * One statement for the answers of {@code attempt}, written graded in this unit: those graded
     * added to the state as {@link #addAttempts} would add them, from their values.
     */
    void addGraded(Attempt attempt, List<Answer> answers) {
        List<Map<String, Object>> graded = new ArrayList<>(answers.size());
        for (Answer answer : answers) {
            if (answer.correct() != null) {
                graded.add(Map.of("question", answer.questionId().toString(), "answeredAt", SqlValues.micros(answer.answeredAt()),
                        "correct", answer.correct() ? 1 : 0));
            }
        }
        executor.update(Sql.of(ADD_GRADED, attempt.learnerId(), rows.array(graded), attempt.status().code()));
    }

    /**
     * After a merge moved {@code fromLearnerId}'s answers to {@code toLearnerId}: both learners'
     * state rows dropped, then set again from the answers, in two statements (the keys come from
     * SQL, so no read comes between writes).
     */
    void rebuild(UUID fromLearnerId, UUID toLearnerId) {
        executor.update(Sql.of(FORGET, fromLearnerId, toLearnerId));
        executor.update(Sql.of(REBUILD, fromLearnerId, toLearnerId, fromLearnerId, toLearnerId,
                fromLearnerId, toLearnerId, fromLearnerId, toLearnerId));
    }
}
