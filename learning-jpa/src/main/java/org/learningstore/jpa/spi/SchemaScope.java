package org.learningstore.jpa.spi;

import jakarta.persistence.EntityManager;

/**
 * Points a host's connection at the store's tables, for a store on the host's EntityManagerFactory
 * whose connections resolve names in the host's own schema.
 */
public interface SchemaScope {
    /** The connections resolve the store's tables already. */
    SchemaScope NONE = entityManager -> () -> { };

    /**
     * Runs first in each store call on the host's EntityManager, inside its transaction; the action it
     * answers puts the host's names back, last in a store call joined to a host transaction. The end of
     * the transaction undoes it too, so a store's own transaction skips the action.
     */
    Runnable enter(EntityManager entityManager);
}
