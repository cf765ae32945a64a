package org.learningstore.core.port;

import java.util.List;
import java.util.UUID;
import org.learningstore.core.progress.SkillMastery;

public interface SkillMasteries {
    /** The learner's stored mastery of the given skills, or of all when {@code skillIds} is null. */
    List<SkillMastery> find(UUID learnerId, List<UUID> skillIds);

    /** Inserts each mastery whose version is 1 and updates the others guarded on version - 1, in a fixed number of statements. */
    void save(List<SkillMastery> masteries);

    /** Gives {@code from}'s mastery to {@code to}; where both have a skill, keeps the higher score. */
    void reassign(UUID fromLearnerId, UUID toLearnerId);
}
