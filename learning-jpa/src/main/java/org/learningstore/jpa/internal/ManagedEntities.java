package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.learningstore.core.error.NotFoundException;

/** The managed instance of an entity a port is about to change. */
final class ManagedEntities {
    private ManagedEntities() {
    }

    static <E> E require(EntityManager entityManager, Class<E> type, UUID id, String entityName) {
        E entity = entityManager.find(type, id);
        if (entity == null) {
            throw new NotFoundException(entityName, id);
        }
        return entity;
    }
}
