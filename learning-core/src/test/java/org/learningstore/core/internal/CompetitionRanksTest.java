package org.learningstore.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningstore.core.engagement.LeaderboardEntry;
import org.learningstore.core.port.LeaderboardQueries.BoardRow;

/** Ranks of a page from its rows and the count above its first row. */
class CompetitionRanksTest {
    private static UUID id(int n) {
        return UUID.fromString("00000000-0000-7000-8000-0000000001%02d".formatted(n));
    }

    private static BoardRow row(int n, long xp) {
        return new BoardRow(id(n), "L" + n, xp);
    }

    @Test
    void theFirstPageRanksOneTwoTwoFour() {
        assertEquals(List.of(new LeaderboardEntry(1, id(1), "L1", 90), new LeaderboardEntry(2, id(2), "L2", 50),
                        new LeaderboardEntry(2, id(3), "L3", 50), new LeaderboardEntry(4, id(4), "L4", 10)),
                CompetitionRanks.ranked(List.of(row(1, 90), row(2, 50), row(3, 50), row(4, 10)), 0, 0));
    }

    @Test
    void aLaterPageStartingInsideATieTakesTheTiesRankAndThenItsPlace() {
        assertEquals(List.of(new LeaderboardEntry(3, id(5), "L5", 40), new LeaderboardEntry(3, id(6), "L6", 40),
                        new LeaderboardEntry(8, id(7), "L7", 30)),
                CompetitionRanks.ranked(List.of(row(5, 40), row(6, 40), row(7, 30)), 5, 2),
                "two learners above with more XP, three before it on the board with 40 too");
    }

    @Test
    void anEmptyPageHasNoRanks() {
        assertEquals(List.of(), CompetitionRanks.ranked(List.of(), 40, 0));
    }
}
