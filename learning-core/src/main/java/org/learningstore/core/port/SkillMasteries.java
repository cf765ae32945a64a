package org.learningstore.core.port;

import java.util.List;
import java.util.UUID;
import org.learningstore.core.progress.SkillMastery;

public interface SkillMasteries {
    /** The learner's stored mastery of the given skills, or of all when {@code skillIds} is null. */
    List<SkillMastery> find(UUID learnerId, List<UUID> skillIds);

    /** Inserts each mastery whose version is 1 and updates the others guarded on version - 1, in a fixed number of statements. */
    void save(List<SkillMastery> masteries);

    /** Inserts each mastery as it is, version included (an imported learner's rows), in a fixed number of statements. */
    void insert(List<SkillMastery> masteries);

    /** Every stored mastery of the given learners, in one statement. */
    List<SkillMastery> listByLearners(List<UUID> learnerIds);

    /** Deletes the learner's mastery of those skills. */
    void delete(UUID learnerId, List<UUID> skillIds);

    /** Gives {@code fromLearnerId}'s mastery of those skills to {@code toLearnerId}, each version plus one. */
    void move(UUID fromLearnerId, List<UUID> skillIds, UUID toLearnerId);
}
