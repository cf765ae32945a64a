package org.learningstore.core.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A learner's answer to one question of an attempt. {@code correct} and {@code points} are
 * null until the attempt is graded.
 */
public record Answer(
        UUID attemptId,
        UUID questionId,
        Response response,
        Boolean correct,
        Double points,
        Instant answeredAt,
        Duration timeSpent) {
}
