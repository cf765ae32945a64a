package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.learningstore.core.error.ConflictException;

/** Optimistic locking around an edit of a managed, versioned entity. */
final class Versions {
    private Versions() {
    }

    static void require(String entity, UUID id, long storedVersion, long expectedVersion) {
        if (storedVersion != expectedVersion) {
            throw ConflictException.staleVersion(entity, id, expectedVersion, storedVersion);
        }
    }

    /**
     * Hibernate steps {@code @Version} only when it writes a dirty entity; an edit that changes
     * nothing (same details under a fixed clock) must still take the version one step.
     */
    static void stepIfUnchanged(EntityManager entityManager, Object entity, Object before, Object after) {
        if (before.equals(after)) {
            entityManager.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
    }
}
