package org.learningstore.core.engagement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;

/** Achievement definitions and what learners earned. */
public interface Achievements {
    /** A new active definition; a taken code is a conflict on {@code code}. */
    Achievement define(AchievementDetails details);

    /** Replaces the details of the definition read at {@code expectedVersion}; a stale one is a conflict on {@code version}. */
    Achievement update(UUID achievementId, AchievementDetails details, long expectedVersion);

    Achievement activate(UUID achievementId);

    /** Awards nothing new from now on; what learners earned stays. */
    Achievement deactivate(UUID achievementId);

    Optional<Achievement> find(UUID achievementId);

    Optional<Achievement> findByCode(String code);

    /** Every definition, active or not, by code. */
    Page<Achievement> list(PageRequest page);

    /** What the learner earned, earliest first. */
    List<EarnedAchievement> earned(UUID learnerId);
}
