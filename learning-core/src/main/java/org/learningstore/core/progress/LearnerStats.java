package org.learningstore.core.progress;

import java.time.Duration;

/**
 * A learner's totals. {@code averageScore} is the mean percent of graded attempts (null if none);
 * {@code timeSpent} sums lesson time; {@code streakDays} counts consecutive UTC days with activity
 * (a lesson started or completed, an answer) ending today or yesterday; {@code globalRank} is the
 * learner's rank on the all-time global leaderboard, null without XP.
 */
public record LearnerStats(
        long lessonsCompleted,
        long assessmentsPassed,
        Double averageScore,
        Duration timeSpent,
        int streakDays,
        long totalXp,
        Long globalRank) {
}
