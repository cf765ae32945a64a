package org.learningstore.core.port;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Aggregates over one learner's history, in a fixed number of statements. */
public interface LearnerStatistics {
    record Totals(long lessonsCompleted, long assessmentsPassed, Double averagePercent, Duration lessonTime) {
    }

    Totals totals(UUID learnerId);

    /**
     * Distinct UTC days (days since 1970-01-01) since {@code fromDay} on which the learner started
     * or completed a lesson or answered a question (attempt or practice), most recent first.
     */
    List<Long> activeDays(UUID learnerId, long fromDay);
}
