package org.learningstore.core.engagement;

import java.time.Instant;
import java.util.UUID;

/** Which XP counts: all of it or one course's ({@code courseId}), all time or earned since {@code since}. */
public record Leaderboard(UUID courseId, Instant since) {
    public static Leaderboard global() {
        return new Leaderboard(null, null);
    }

    public static Leaderboard course(UUID courseId) {
        return new Leaderboard(courseId, null);
    }

    public Leaderboard since(Instant instant) {
        return new Leaderboard(courseId, instant);
    }
}
