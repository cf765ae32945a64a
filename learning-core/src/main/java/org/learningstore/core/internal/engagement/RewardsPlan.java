package org.learningstore.core.internal.engagement;

import java.util.List;
import java.util.UUID;
import org.learningstore.core.engagement.Achievement;
import org.learningstore.core.engagement.LearningEvent;
import org.learningstore.core.engagement.XpEntry;

/** What {@link RewardsPolicy} decided a unit writes besides its own rows. */
record RewardsPlan(List<XpEntry> payments, List<Award> awards, List<LearningEvent> events) {

    /**
     * An achievement to award; {@code reward} (null when it pays no XP) and {@code announcement}
     * are written only if this award is the one recorded.
     */
    record Award(UUID learnerId, Achievement achievement, UUID awardId, long metricValue, XpEntry reward,
                 LearningEvent announcement) {
    }
}
