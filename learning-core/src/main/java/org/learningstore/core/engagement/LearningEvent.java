package org.learningstore.core.engagement;

import java.time.Instant;
import java.util.UUID;

/** One event of the stream; {@code data} is the text of a JSON object, read back as written. */
public record LearningEvent(UUID id, UUID learnerId, String type, String data, UUID sessionId, Instant occurredAt) {
}
