package org.learningstore.core.assessment;

import java.time.Duration;
import java.util.UUID;

/** Counted over every graded answer to the question: submitted or expired attempts. */
public record QuestionStats(UUID questionId, long timesAnswered, long timesCorrect, Duration totalTime) {
}
