package org.learningstore.core.internal;

import java.time.Instant;
import org.learningstore.core.assessment.Attempt;
import org.learningstore.core.assessment.AttemptStatus;
import org.learningstore.core.port.Attempts;
import org.learningstore.core.progress.MasteryRules;

/** Grades an attempt with {@link Grading} and writes the outcome, inside the caller's unit of work. */
public final class AttemptGrader {
    private final Attempts attempts;
    private final ProgressWrites progress;
    private final MasteryRules masteryRules;

    public AttemptGrader(Attempts attempts, ProgressWrites progress, MasteryRules masteryRules) {
        this.attempts = attempts;
        this.progress = progress;
        this.masteryRules = masteryRules;
    }

    Attempt close(Attempts.GradingContext context, AttemptStatus status, Instant closedAt) {
        return write(Grading.close(context, masteryRules, status, closedAt));
    }

    Attempt regrade(Attempts.AttemptContext context) {
        return write(Grading.regrade(context));
    }

    private Attempt write(Grading.Outcome outcome) {
        attempts.save(outcome.graded(), outcome.expectedVersion(), outcome.gradedAgainst(), outcome.answerGrades());
        if (!outcome.statsDeltas().isEmpty()) {
            attempts.addToStats(outcome.statsDeltas());
        }
        outcome.lesson().ifPresent(progress::write);
        progress.write(outcome.masteries());
        return outcome.graded();
    }
}
