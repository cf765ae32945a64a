package org.learningstore.jpa.spi;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reads over a learner's whole answer history: graded answers of attempts and practice answers
 * together, and the days with any activity. Both merge several tables (a union), order within
 * groups and turn instants into UTC days, which JPQL cannot express, so each database module
 * writes them natively, in ONE statement each. Both run inside the caller's unit of work, on its
 * EntityManager.
 */
public interface LearnerHistory {

    /** The learner's last graded answer to one question. */
    record LastAnswer(UUID questionId, Instant answeredAt, boolean correct) {
    }

    /**
     * For each of {@code questionIds} the learner has answered, the latest by answered time of:
     * the answers of the learner's submitted or expired attempts that were graded (correct not
     * null), and the learner's practice answers. A tie in time counts as wrong. Questions never
     * answered are left out.
     */
    List<LastAnswer> lastGradedAnswers(EntityManager entityManager, UUID learnerId, List<UUID> questionIds);

    /**
     * Distinct UTC days ({@code floor(epoch seconds / 86400)}), {@code fromDay} or later, on which
     * the learner started or completed a lesson, answered a question of an attempt, or answered a
     * practice question; most recent first.
     */
    List<Long> activeDays(EntityManager entityManager, UUID learnerId, long fromDay);
}
