package org.learningstore.core.internal.engagement;

import java.util.List;

/** The streak rule: consecutive UTC days with activity, ending today, or yesterday when today has none yet. */
public final class Streaks {
    private Streaks() {
    }

    /** {@code daysNewestFirst} are distinct days since the epoch. */
    public static int streak(List<Long> daysNewestFirst, long today) {
        if (daysNewestFirst.isEmpty() || daysNewestFirst.get(0) < today - 1) {
            return 0;
        }
        int streak = 1;
        for (int i = 1; i < daysNewestFirst.size() && daysNewestFirst.get(i) == daysNewestFirst.get(i - 1) - 1; i++) {
            streak++;
        }
        return streak;
    }
}
