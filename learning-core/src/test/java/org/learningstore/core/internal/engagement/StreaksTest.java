package org.learningstore.core.internal.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StreaksTest {
    @Test
    void theStreakCountsConsecutiveDaysEndingTodayOrYesterday() {
        assertEquals(3, Streaks.streak(List.of(100L, 99L, 98L, 96L), 100));
        assertEquals(3, Streaks.streak(List.of(99L, 98L, 97L), 100), "today may still come");
        assertEquals(0, Streaks.streak(List.of(98L, 97L), 100));
        assertEquals(1, Streaks.streak(List.of(100L), 100));
        assertEquals(0, Streaks.streak(List.of(), 100));
    }
}
