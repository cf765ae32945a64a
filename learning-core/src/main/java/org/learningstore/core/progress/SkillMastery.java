package org.learningstore.core.progress;

import java.time.Instant;
import java.util.UUID;

/** How well a learner knows a skill: a score from 0 to 1 moved by each graded answer (see {@link MasteryRules}). */
public record SkillMastery(
        UUID learnerId,
        UUID skillId,
        MasteryStatus status,
        double score,
        int answers,
        int correct,
        Instant lastPracticedAt,
        long version) {
}
