package org.learningstore.core.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.Achievement;
import org.learningstore.core.engagement.EarnedAchievement;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;

/** Stored achievement definitions and the learners' earned achievements. */
public interface AchievementDefinitions {
    /** A taken code is a {@link org.learningstore.core.error.ConflictException} on {@code code}. */
    void insert(Achievement achievement);

    /** Guarded on {@code expectedVersion}: a stale one is a conflict on {@code version}. */
    void update(Achievement achievement, long expectedVersion);

    Optional<Achievement> find(UUID id);

    Optional<Achievement> findByCode(String code);

    Page<Achievement> list(PageRequest page);

    List<EarnedAchievement> earned(UUID learnerId);
}
