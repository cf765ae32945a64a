package org.learningstore.core.engagement;

import java.time.Instant;

/** An achievement a learner earned, and the metric's value that earned it. */
public record EarnedAchievement(Achievement achievement, Instant earnedAt, long metricValue) {
}
