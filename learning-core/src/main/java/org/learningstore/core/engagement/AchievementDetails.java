package org.learningstore.core.engagement;

import org.learningstore.core.internal.check.Checks;

/** What a host defines of an achievement; {@code code} is unique, {@code kind} is the host's own grouping (badge, milestone ...). */
public record AchievementDetails(String code, String title, String description, String kind, AchievementCriteria criteria,
                                 int xpReward, String iconUrl) {
    public AchievementDetails {
        Checks.slug("code", code);
        Checks.requiredText("title", title, 200);
        Checks.optionalText("description", description, 2_000);
        Checks.requiredText("kind", kind, 50);
        Checks.required("criteria", criteria);
        Checks.range("xpReward", xpReward, 0, 1_000_000);
        Checks.optionalText("iconUrl", iconUrl, 2_000);
    }
}
