package org.learningstore.core.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One try of a learner at an assessment. Numbers run 1, 2, 3 ... per learner and assessment.
 * The grade fields are null while in progress or abandoned; {@code previousScore} is set by a
 * regrade. {@code questionOrder} is the order the learner sees, fixed at start. {@code metadata}
 * is the host's own data (the text of a JSON object, {@code "{}"} when none is given);
 * {@code feedback} is an instructor's or the host's text on the graded attempt, null until given.
 */
public record Attempt(
        UUID id,
        UUID assessmentId,
        UUID learnerId,
        int number,
        AttemptStatus status,
        Instant startedAt,
        Instant deadline,
        Instant submittedAt,
        Double score,
        Double maxScore,
        Double percent,
        Boolean passed,
        Double previousScore,
        List<UUID> questionOrder,
        long version,
        String metadata,
        String feedback) {

    public Attempt {
        questionOrder = List.copyOf(questionOrder);
        metadata = metadata == null ? "{}" : metadata;
    }

    public boolean closed() {
        return status != AttemptStatus.IN_PROGRESS;
    }

    /** From start to submission (or expiry); null while open. */
    public Duration timeTaken() {
        return submittedAt == null ? null : Duration.between(startedAt, submittedAt);
    }
}
