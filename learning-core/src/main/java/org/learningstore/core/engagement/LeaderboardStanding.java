package org.learningstore.core.engagement;

import java.util.List;

/** One learner's entry with up to n learners just above and n just below, in board order. */
public record LeaderboardStanding(LeaderboardEntry learner, List<LeaderboardEntry> above, List<LeaderboardEntry> below) {
    public LeaderboardStanding {
        above = List.copyOf(above);
        below = List.copyOf(below);
    }
}
