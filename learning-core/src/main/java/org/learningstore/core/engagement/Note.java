package org.learningstore.core.engagement;

import java.time.Instant;
import java.util.UUID;

/** A learner's note on a lesson; {@code courseId} is the lesson's course when the note was written. */
public record Note(
        UUID id,
        UUID learnerId,
        UUID lessonId,
        UUID courseId,
        NoteDetails details,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
