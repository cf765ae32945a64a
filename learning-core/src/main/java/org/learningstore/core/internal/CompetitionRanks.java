package org.learningstore.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.learningstore.core.engagement.LeaderboardEntry;
import org.learningstore.core.port.LeaderboardQueries.BoardRow;

/**
 * Standard competition ranks ("1, 2, 2, 4") of a board page, from its rows alone and one count:
 * the first row's rank is 1 plus the learners with more XP; a later row ties the row before it or
 * is ranked by its place on the board, since every learner before it has more XP.
 */
final class CompetitionRanks {
    private CompetitionRanks() {
    }

    /** {@code rows} in board order from {@code offset}; {@code aboveFirst} learners have more XP than the first. */
    static List<LeaderboardEntry> ranked(List<BoardRow> rows, long offset, long aboveFirst) {
        List<LeaderboardEntry> ranked = new ArrayList<>(rows.size());
        for (BoardRow row : rows) {
            long rank;
            if (ranked.isEmpty()) {
                rank = 1 + aboveFirst;
            } else {
                LeaderboardEntry previous = ranked.get(ranked.size() - 1);
                rank = previous.xp() == row.xp() ? previous.rank() : offset + ranked.size() + 1;
            }
            ranked.add(new LeaderboardEntry(rank, row.learnerId(), row.displayName(), row.xp()));
        }
        return List.copyOf(ranked);
    }
}
