package org.learningstore.core.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A practice session; its answers count in question statistics and mastery, never toward attempts. */
public record StudySession(
        UUID id,
        UUID learnerId,
        StudyScope scope,
        StudyMode mode,
        int minDifficulty,
        int maxDifficulty,
        Instant startedAt,
        Instant endedAt,
        int answered,
        int correct,
        Duration timeSpent,
        long version) {
}
