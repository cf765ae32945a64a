package org.learningstore.core.engagement;

import java.util.Arrays;
import org.learningstore.core.error.InvalidInputException;

/** What an achievement counts; {@link #code()} is its stored form. */
public enum AchievementMetric {
    LESSONS_COMPLETED("lessons_completed"),
    COURSES_COMPLETED("courses_completed"),
    ASSESSMENTS_PASSED("assessments_passed"),
    PERFECT_SCORES("perfect_scores"),
    STREAK_DAYS("streak_days"),
    TOTAL_XP("total_xp"),
    QUESTIONS_ANSWERED("questions_answered"),
    SKILLS_MASTERED("skills_mastered"),
    PROJECTS_CREATED("projects_created"),
    POSTS_WRITTEN("posts_written"),
    ACCEPTED_ANSWERS("accepted_answers"),
    VOTES_RECEIVED("votes_received");

    private final String code;

    AchievementMetric(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The metric of a stored or host-given code; an unknown one is invalid input on {@code criteria.metric}. */
    public static AchievementMetric fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException("criteria.metric", "is not a known metric"));
    }
}
