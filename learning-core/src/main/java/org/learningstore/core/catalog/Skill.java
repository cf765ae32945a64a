package org.learningstore.core.catalog;

import java.time.Instant;
import java.util.UUID;

/** A node of the skill tree; {@code parentId} is null for a root. Names are unique. */
public record Skill(UUID id, UUID parentId, SkillDetails details, long version, Instant createdAt, Instant updatedAt) {
    public String name() {
        return details.name();
    }
}
