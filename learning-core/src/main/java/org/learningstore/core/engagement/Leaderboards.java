package org.learningstore.core.engagement;

import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;

/**
 * Rankings by XP, global or per course, all time or since an instant: live learners with XP on
 * the board, most XP first, ties by learner id.
 */
public interface Leaderboards {
    Page<LeaderboardEntry> page(Leaderboard board, PageRequest page);

    /** The learner's entry and {@code neighbours} on each side; empty when the learner has no XP on the board. */
    Optional<LeaderboardStanding> standing(Leaderboard board, UUID learnerId, int neighbours);
}
