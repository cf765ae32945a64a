package org.learningstore.core.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.assessment.Response;

/** One thing a learner did, imported as the call that does it would have done it at its time. */
public sealed interface HistoryEvent {

    /** As {@code progress().enroll(learner, courseId)} at {@code at}. */
    record Enrolled(UUID courseId, Instant at) implements HistoryEvent {
    }

    /**
     * As {@code startAttempt} at {@code startedAt}, {@code answer} for each answer at its time, and
     * {@code submitAttempt} at {@code submittedAt}. The attempt's questions are the assessment's in
     * position order (a randomizing assessment is not shuffled).
     *
     * @param attemptId the attempt's id, chosen by the caller
     */
    record AttemptSubmitted(UUID attemptId, UUID assessmentId, Instant startedAt, List<Answered> answers, Instant submittedAt)
            implements HistoryEvent {
    }

    /** One answer of an attempt, as {@code answer(attempt, questionId, response, timeSpent)} at {@code answeredAt}. */
    record Answered(UUID questionId, Response response, Duration timeSpent, Instant answeredAt) {
    }

    /** As {@code progress().completeLesson(learner, lessonId)} at {@code at}. */
    record LessonCompleted(UUID lessonId, Instant at) implements HistoryEvent {
    }
}
