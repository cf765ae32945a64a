package org.learningstore.jpa.spi;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The writes of a grading (and of the answers a submit carries) that touch one row per question. JPQL can update many rows only to
 * one value, so each database module writes them natively, in ONE statement whatever the number
 * of questions. Both run inside the caller's transaction, on its EntityManager.
 */
public interface AttemptGrading {

    /** One graded answer: its correctness and the points it earned. */
    record AnswerGrade(UUID questionId, boolean correct, double points) {
    }

    /** What one grading adds to one question's statistics; the list handed to {@link #addToStats} holds each question once. */
    record StatsIncrement(UUID questionId, long answered, long correct, long timeMillis) {
    }

    /** One answer a submit carries, ungraded: its response as JSON text and the time spent on it. */
    record NewAnswer(UUID questionId, String responseJson, long timeMillis) {
    }

    /**
     * Inserts or replaces the answers of that attempt (at most one per question), ungraded, all
     * answered at {@code answeredAt}; returns the rows written.
     */
    int saveAnswers(EntityManager entityManager, UUID attemptId, Instant answeredAt, List<NewAnswer> answers);

    /** Sets {@code correct} and {@code points} on the answers of that attempt to those questions; returns the rows changed. */
    int gradeAnswers(EntityManager entityManager, UUID attemptId, List<AnswerGrade> grades);

    /**
     * Adds the increments to the counters in SQL ({@code n = n + ?}), never read-modify-write, so
     * concurrent gradings of distinct attempts leave the counts exact. Rows are locked in question
     * id order so that two gradings over the same questions queue instead of deadlocking.
     * Returns the rows changed.
     */
    int addToStats(EntityManager entityManager, List<StatsIncrement> increments);
}
