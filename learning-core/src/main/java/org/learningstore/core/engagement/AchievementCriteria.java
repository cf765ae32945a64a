package org.learningstore.core.engagement;

import java.util.UUID;
import org.learningstore.core.error.InvalidInputException;

/**
 * When an achievement is earned: once {@code metric} reaches {@code threshold}, counted over one
 * course ({@code scopeCourseId}) or, for {@link AchievementMetric#SKILLS_MASTERED}, one skill
 * ({@code scopeSkillId}) when set.
 */
public record AchievementCriteria(AchievementMetric metric, long threshold, UUID scopeCourseId, UUID scopeSkillId) {
    public AchievementCriteria {
        if (metric == null) {
            throw new InvalidInputException("criteria.metric", "is required");
        }
        if (threshold < 1) {
            throw new InvalidInputException("criteria.threshold", "must be 1 or more");
        }
        if (scopeSkillId != null && metric != AchievementMetric.SKILLS_MASTERED) {
            throw new InvalidInputException("criteria.scopeSkillId", "applies to skills_mastered only");
        }
    }

    public static AchievementCriteria of(AchievementMetric metric, long threshold) {
        return new AchievementCriteria(metric, threshold, null, null);
    }

    /** From a metric's code, such as {@code "lessons_completed"}. */
    public static AchievementCriteria of(String metric, long threshold) {
        return of(AchievementMetric.fromCode(metric), threshold);
    }

    public AchievementCriteria inCourse(UUID courseId) {
        return new AchievementCriteria(metric, threshold, courseId, scopeSkillId);
    }

    public AchievementCriteria ofSkill(UUID skillId) {
        return new AchievementCriteria(metric, threshold, scopeCourseId, skillId);
    }
}
