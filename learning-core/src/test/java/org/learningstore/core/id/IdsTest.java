package org.learningstore.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30.123Z");

    @Test
    void idsAreVersion7WithTheClocksMillisecondsUpFront() {
        UUID id = new Ids(Clock.fixed(NOW, ZoneOffset.UTC)).next();

        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(NOW.toEpochMilli(), id.getMostSignificantBits() >>> 16);
    }

    @Test
    void idsFromOneGeneratorStrictlyIncreaseEvenWithinOneMillisecond() {
        Ids ids = new Ids(Clock.fixed(NOW, ZoneOffset.UTC));
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.next());
        }

        for (int i = 1; i < made.size(); i++) {
            assertTrue(made.get(i - 1).toString().compareTo(made.get(i).toString()) < 0, "ids sort in creation order as text");
        }
        assertEquals(made.size(), new HashSet<>(made).size());
        assertTrue(made.stream().allMatch(id -> id.version() == 7 && id.variant() == 2));
    }
}
