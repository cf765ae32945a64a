package org.learningstore.core.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.learningstore.core.assessment.AnswerKey;
import org.learningstore.core.assessment.Response;

/** One graded practice answer; the key and explanation are shown, as practice is for learning. */
public record PracticeAnswer(
        UUID id,
        UUID sessionId,
        UUID questionId,
        Response response,
        boolean correct,
        double points,
        Instant answeredAt,
        Duration timeSpent,
        AnswerKey answerKey,
        String explanation) {
}
