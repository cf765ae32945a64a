package org.learningstore.core.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningstore.core.catalog.Skill;

public interface Skills {
    Optional<Skill> find(UUID id);

    /** Ordered by name; the roots when {@code parentId} is null. */
    List<Skill> children(UUID parentId);

    /** A taken name is a {@link org.learningstore.core.error.ConflictException} on field {@code name}. */
    void insert(Skill skill);

    /** Writes details and parent, guarded on {@code expectedVersion}. */
    void update(Skill skill, long expectedVersion);
}
