package org.learningstore.core.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A learner's progress through one lesson. {@code lastPosition} is the text of a JSON object
 * (where to resume) or null; {@code bestScore} is the best percent of the lesson's assessment
 * attempts, {@code attempts} how many were graded.
 */
public record LessonProgress(
        UUID learnerId,
        UUID lessonId,
        LessonStatus status,
        Instant startedAt,
        Instant completedAt,
        Duration timeSpent,
        Double bestScore,
        int attempts,
        String lastPosition,
        List<String> bookmarks,
        Instant updatedAt,
        long version) {

    public LessonProgress {
        bookmarks = List.copyOf(bookmarks);
    }
}
