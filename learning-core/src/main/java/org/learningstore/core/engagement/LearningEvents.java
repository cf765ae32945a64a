package org.learningstore.core.engagement;

import java.time.Instant;
import java.util.UUID;
import org.learningstore.core.paging.CursorRequest;
import org.learningstore.core.paging.CursoredPage;

/** The append-only stream of learning events; every read is oldest first. */
public interface LearningEvents {
    LearningEvent append(NewLearningEvent event);

    CursoredPage<LearningEvent> byLearner(UUID learnerId, CursorRequest page);

    CursoredPage<LearningEvent> byType(String type, CursorRequest page);

    /** Events at or after {@code from} and before {@code until}. */
    CursoredPage<LearningEvent> between(Instant from, Instant until, CursorRequest page);

    /** Deletes the events that occurred before {@code before}; returns how many. */
    long purgeBefore(Instant before);
}
