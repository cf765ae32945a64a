package org.learningstore.core.port;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learningstore.core.engagement.LearningEvent;

/**
 * The learning events, each read in (occurred_at, id) order after a key, {@code limit} rows:
 * one statement on an index whatever the data.
 */
public interface LearningEventLog {
    /** The position after which a page starts; null for the first page. */
    record EventKey(Instant occurredAt, UUID id) {
    }

    void append(LearningEvent event);

    /** A fixed number of statements whatever their number (none for none). */
    void appendAll(List<LearningEvent> events);

    List<LearningEvent> byLearner(UUID learnerId, EventKey after, int limit);

    List<LearningEvent> byType(String type, EventKey after, int limit);

    List<LearningEvent> between(Instant from, Instant until, EventKey after, int limit);

    long purgeBefore(Instant before);
}
