package org.learningstore.core.internal;

import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.engagement.Leaderboard;
import org.learningstore.core.engagement.LeaderboardEntry;
import org.learningstore.core.engagement.LeaderboardStanding;
import org.learningstore.core.engagement.Leaderboards;
import org.learningstore.core.internal.check.Checks;
import org.learningstore.core.paging.Page;
import org.learningstore.core.paging.PageRequest;
import org.learningstore.core.port.LeaderboardQueries;
import org.learningstore.core.internal.work.UnitsOfWork;

/** Leaderboard pages and one learner's standing. */
public final class LeaderboardService implements Leaderboards {
    private static final int MAX_NEIGHBOURS = 50;

    private final UnitsOfWork units;
    private final LeaderboardQueries queries;

    public LeaderboardService(UnitsOfWork units, LeaderboardQueries queries) {
        this.units = units;
        this.queries = queries;
    }

    @Override
    public Page<LeaderboardEntry> page(Leaderboard board, PageRequest page) {
        Checks.required("board", board);
        Checks.required("page", page);
        LeaderboardQueries.Slice slice = units.read(() -> queries.page(board, page.offset(), page.size()));
        return new Page<>(CompetitionRanks.ranked(slice.rows(), page.offset(), slice.aboveFirst()), page, slice.total());
    }

    @Override
    public Optional<LeaderboardStanding> standing(Leaderboard board, UUID learnerId, int neighbours) {
        Checks.required("board", board);
        Checks.required("learnerId", learnerId);
        Checks.range("neighbours", neighbours, 0, MAX_NEIGHBOURS);
        return units.read(() -> queries.standing(board, learnerId, neighbours));
    }
}
