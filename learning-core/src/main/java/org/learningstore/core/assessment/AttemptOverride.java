package org.learningstore.core.assessment;

import java.time.Duration;
import java.util.UUID;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.core.internal.check.Checks;

/** Extra attempts and extra time for one learner on one assessment. */
public record AttemptOverride(UUID assessmentId, UUID learnerId, int extraAttempts, Duration extraTime) {
    public AttemptOverride {
        Checks.required("assessmentId", assessmentId);
        Checks.required("learnerId", learnerId);
        Checks.range("extraAttempts", extraAttempts, 0, 1_000);
        extraTime = extraTime == null ? Duration.ZERO : extraTime;
        if (extraTime.isNegative() || extraTime.compareTo(Duration.ofDays(30)) > 0 || extraTime.getNano() % 1_000_000 != 0) {
            throw new InvalidInputException("extraTime", "must be 0 to 30 days in whole milliseconds");
        }
    }
}
