package org.learningstore.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningstore.core.assessment.AnswerKey;
import org.learningstore.core.catalog.Level;

class AuditSnapshotTest {
    public record Sample(UUID id, Level level, Instant at, Duration limit, List<Integer> values, AnswerKey key,
                         Map<String, Object> extra, String absent) {
    }

    @Test
    void recordsBecomeObjectsOfTheirComponentsInOrder() {
        UUID id = UUID.fromString("0190a5c4-0000-7000-8000-000000000001");
        var sample = new Sample(id, Level.ADVANCED, Instant.parse("2026-03-01T09:00:00.123456Z"), Duration.ofMinutes(30),
                List.of(1, 2), new AnswerKey.Choices(Set.of("c", "a", "b")), Map.of("skillId", id), null);

        var expected = new LinkedHashMap<String, Object>();
        expected.put("id", id.toString());
        expected.put("level", "ADVANCED");
        expected.put("at", "2026-03-01T09:00:00.123456Z");
        expected.put("limit", "PT30M");
        expected.put("values", List.of(1, 2));
        expected.put("key", Map.of("optionKeys", List.of("a", "b", "c")));
        expected.put("extra", Map.of("skillId", id.toString()));
        expected.put("absent", null);
        Object snapshot = AuditSnapshot.of(sample);
        assertEquals(expected, snapshot);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(((Map<?, ?>) snapshot).keySet()));
    }
}
