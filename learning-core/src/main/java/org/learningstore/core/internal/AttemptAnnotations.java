package org.learningstore.core.internal;

import java.util.UUID;
import org.learningstore.core.assessment.Answer;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.audit.AuditAction;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.error.RuleViolationException;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.internal.json.FreeFormJson;
import org.learningstore.core.internal.work.Auditor;
import org.learningstore.core.internal.work.UnitsOfWork;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.port.JsonCodec;

/**
 * What the host and instructors add to an attempt beside the learner's work: its metadata, and
 * feedback on the graded attempt and on each of its answers. Feedback is audited.
 */
public final class AttemptAnnotations {
    static final int FEEDBACK_MAX = 20_000;
    /** What an audit entry of feedback holds: the question (null for the attempt's own) and the text. */
    public record Feedback(UUID questionId, String text) {
    }

    static final int METADATA_MAX = 100_000;

    private final UnitsOfWork units;
    private final Attempts attempts;
    private final Auditor auditor;
    private final JsonCodec json;

    public AttemptAnnotations(UnitsOfWork units, Attempts attempts, Auditor auditor, JsonCodec json) {
        this.units = units;
        this.attempts = attempts;
        this.auditor = auditor;
        this.json = json;
    }

    /** Null stands for no metadata ({@code "{}"}). */
    static void requireMetadata(String metadata, JsonCodec json) {
        if (metadata != null) {
            FreeFormJson.requireObject("metadata", Checks.requiredText("metadata", metadata, METADATA_MAX), json);
        }
    }

    Attempt updateMetadata(UUID attemptId, String metadata) {
        Checks.required("metadata", metadata);
        requireMetadata(metadata, json);
        return units.write(() -> {
            Attempt attempt = AttemptLifecycle.context(attempts, attemptId).attempt();
            return save(attempt, metadata, attempt.feedback());
        });
    }

    Attempt giveFeedback(UUID attemptId, String feedback) {
        Checks.optionalText("feedback", feedback, FEEDBACK_MAX);
        return units.write(() -> {
            Attempt attempt = graded(attemptId);
            Attempt next = save(attempt, attempt.metadata(), feedback);
            auditor.record("attempt", attemptId, AuditAction.FEEDBACK_GIVEN,
                    new Feedback(null, attempt.feedback()), new Feedback(null, feedback));
            return next;
        });
    }

    Answer giveAnswerFeedback(UUID attemptId, UUID questionId, String feedback) {
        Checks.required("questionId", questionId);
        Checks.optionalText("feedback", feedback, FEEDBACK_MAX);
        return units.write(() -> {
            Attempts.AttemptContext context = AttemptLifecycle.context(attempts, attemptId);
            Attempt attempt = requireGraded(context.attempt());
            Answer answer = context.answers().stream().filter(a -> a.questionId().equals(questionId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("answer", questionId));
            save(attempt, attempt.metadata(), attempt.feedback());
            attempts.saveAnswerFeedback(attemptId, questionId, feedback);
            auditor.record("attempt", attemptId, AuditAction.FEEDBACK_GIVEN,
                    new Feedback(questionId, answer.feedback()), new Feedback(questionId, feedback));
            return new Answer(answer.attemptId(), questionId, answer.response(), answer.correct(), answer.points(),
                    answer.answeredAt(), answer.timeSpent(), feedback);
        });
    }

    private Attempt graded(UUID attemptId) {
        return requireGraded(AttemptLifecycle.context(attempts, attemptId).attempt());
    }

    private static Attempt requireGraded(Attempt attempt) {
        if (!Grading.isGraded(attempt)) {
            throw new RuleViolationException("attempt.feedback_before_grading",
                    "attempt " + attempt.id() + " is " + attempt.status().code() + ": feedback waits for its grade");
        }
        return attempt;
    }

    /** Writes metadata and feedback on the version read, so a concurrent change makes the unit run again. */
    private Attempt save(Attempt attempt, String metadata, String feedback) {
        var next = new Attempt(attempt.id(), attempt.assessmentId(), attempt.learnerId(), attempt.number(), attempt.status(),
                attempt.startedAt(), attempt.deadline(), attempt.submittedAt(), attempt.score(), attempt.maxScore(),
                attempt.percent(), attempt.passed(), attempt.previousScore(), attempt.questionOrder(),
                attempt.version() + 1, metadata, feedback);
        attempts.saveAnnotations(next, attempt.version());
        return next;
    }
}
