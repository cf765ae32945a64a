package org.learningstore.core.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.Leaderboard;
import org.learningstore.core.engagement.LeaderboardEntry;
import org.learningstore.core.engagement.LeaderboardStanding;

/**
 * Leaderboards from the XP ledger (the all-time global one from learners.total_xp): live
 * learners with XP on the board, most first, ties by id; ranked without rank(): a learner's rank
 * is 1 plus the number of learners on the board with more XP.
 */
public interface LeaderboardQueries {
    /** A learner on the board, unranked. */
    record BoardRow(UUID learnerId, String displayName, long xp) {
    }

    /**
     * The board's rows from {@code offset} in board order, how many learners on the board have more
     * XP than the first of them (0 when there are none), and how many learners are on it.
     */
    record Slice(List<BoardRow> rows, long aboveFirst, long total) {
    }

    /** Two statements whatever the offset: the rows, and both counts (ranks are core's to give). */
    Slice page(Leaderboard board, long offset, int limit);

    /** The learner's entry; empty when not on the board. */
    Optional<LeaderboardEntry> entry(Leaderboard board, UUID learnerId);

    /** The learner's entry with up to {@code neighbours} on each side; empty when not on the board. */
    Optional<LeaderboardStanding> standing(Leaderboard board, UUID learnerId, int neighbours);
}
