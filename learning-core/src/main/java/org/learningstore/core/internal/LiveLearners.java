package org.learningstore.core.internal;

import java.util.UUID;
import org.learningstore.core.error.NotFoundException;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.learner.Learner;
import org.learningstore.core.port.LearnerProfiles;

/** The learners progress may be recorded for: those the store has and has not deleted. */
public final class LiveLearners {
    private final LearnerProfiles profiles;

    public LiveLearners(LearnerProfiles profiles) {
        this.profiles = profiles;
    }

    Learner require(UUID learnerId) {
        Checks.required("learnerId", learnerId);
        return profiles.find(learnerId).filter(l -> l.deletedAt() == null)
                .orElseThrow(() -> new NotFoundException("learner", learnerId));
    }
}
