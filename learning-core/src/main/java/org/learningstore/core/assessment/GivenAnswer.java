package org.learningstore.core.assessment;

import java.time.Duration;
import java.util.UUID;

/**
 * One answer handed to {@link Assessments#submitWithAnswers}: the question, the learner's
 * response, and the time spent on it ({@code null} for none), as {@link Assessments#answer} takes them.
 */
public record GivenAnswer(UUID questionId, Response response, Duration timeSpent) {

    public static GivenAnswer of(UUID questionId, Response response) {
        return new GivenAnswer(questionId, response, null);
    }
}
