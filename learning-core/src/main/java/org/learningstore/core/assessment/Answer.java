package org.learningstore.core.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A learner's answer to one question of an attempt. {@code correct} and {@code points} are
 * null until the attempt is graded; {@code feedback} is an instructor's or the host's text on
 * this answer, null until given (after grading).
 */
public record Answer(
        UUID attemptId,
        UUID questionId,
        Response response,
        Boolean correct,
        Double points,
        Instant answeredAt,
        Duration timeSpent,
        String feedback) {
}
