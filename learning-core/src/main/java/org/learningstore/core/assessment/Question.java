package org.learningstore.core.assessment;

import java.time.Instant;
import java.util.UUID;

/** A question of an assessment; positions run 1, 2, 3 ... within the assessment. */
public record Question(
        UUID id,
        UUID assessmentId,
        int position,
        QuestionDetails details,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
