package org.learningstore.core.engagement;

import org.learningstore.core.error.InvalidInputException;

/**
 * The XP the library pays for its own events (0 pays nothing); achievements pay their own
 * {@link AchievementDetails#xpReward()}.
 *
 * @param lessonCompleted the first completion of a lesson
 * @param assessmentPassed the first pass of an assessment
 */
public record XpRules(int lessonCompleted, int assessmentPassed) {
    public static final XpRules DEFAULT = new XpRules(10, 50);

    public XpRules {
        if (lessonCompleted < 0 || assessmentPassed < 0) {
            throw new InvalidInputException("xpRules", "amounts must be 0 or more");
        }
    }
}
