package org.learningstore.core.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A learner new to the store and what the learner did, in the order it happened. The learner is
 * created as by {@code learners().createAnonymous()}; {@code learners().upgrade} registers it later.
 *
 * @param id the learner's id, chosen by the caller so that the import's rows can be found again
 * @param createdAt when the learner was created (also the learner's last activity)
 */
public record LearnerHistory(UUID id, Instant createdAt, List<HistoryEvent> events) {
}
