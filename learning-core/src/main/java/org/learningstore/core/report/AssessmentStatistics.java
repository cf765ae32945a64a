package org.learningstore.core.report;

import java.util.List;
import java.util.UUID;

/**
 * Statistics over the graded (submitted or expired) attempts of one assessment, as selected.
 * {@code averageScore} is the mean percent and {@code passRate} the share passed in percent, both
 * to two decimals and null without attempts. {@code histogram} has ten counts: bucket {@code i}
 * holds the attempts with {@code 10·i ≤ percent < 10·(i+1)}, the last one also 100.
 * {@code questions} are the assessment's current questions in position order.
 */
public record AssessmentStatistics(
        UUID assessmentId,
        AttemptSelection selection,
        long attempts,
        long learners,
        Double averageScore,
        Double passRate,
        List<Long> histogram,
        List<QuestionStatistics> questions) {

    public AssessmentStatistics {
        histogram = List.copyOf(histogram);
        questions = List.copyOf(questions);
    }
}
