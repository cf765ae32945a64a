package org.learningstore.core.engagement;

import java.util.UUID;

/** A learner's place: {@code rank} is 1 plus the number of learners with more XP (ties share a rank: 1, 2, 2, 4). */
public record LeaderboardEntry(long rank, UUID learnerId, String displayName, long xp) {
}
