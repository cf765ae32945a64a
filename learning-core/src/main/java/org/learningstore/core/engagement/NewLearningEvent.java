package org.learningstore.core.engagement;

import java.time.Instant;
import java.util.UUID;

/**
 * What a host appends: {@code learnerId} and {@code sessionId} optional, {@code occurredAt}
 * optional (now when null). The library's own types start with {@code learningstore.}.
 */
public record NewLearningEvent(UUID learnerId, String type, String data, UUID sessionId, Instant occurredAt) {
    public static NewLearningEvent of(UUID learnerId, String type, String data) {
        return new NewLearningEvent(learnerId, type, data, null, null);
    }
}
