package org.learningstore.jpa.internal;

import jakarta.persistence.EntityManager;

/** The EntityManager of the unit of work running on the current thread, shared by every port. */
public final class CurrentEntityManager {
    private record Unit(EntityManager entityManager, boolean writes) {
    }

    private final ThreadLocal<Unit> bound = new ThreadLocal<>();

    EntityManager get() {
        return unit().entityManager();
    }

    /** Whether the current unit of work is a write. */
    boolean writes() {
        return unit().writes();
    }

    boolean isBound() {
        return bound.get() != null;
    }

    void bind(EntityManager entityManager, boolean writes) {
        bound.set(new Unit(entityManager, writes));
    }

    void unbind() {
        bound.remove();
    }

    private Unit unit() {
        Unit unit = bound.get();
        if (unit == null) {
            throw new IllegalStateException("no unit of work on this thread: call ports inside Transactions.read or write");
        }
        return unit;
    }
}
