package org.learningstore.postgres;

import jakarta.persistence.EntityManager;
import org.learningstore.jpa.spi.SchemaScope;

/**
 * Puts the store's schema first on the search path of the host's connection, local to the running
 * transaction, and takes it off again: the host's own names resolve as before once a store call ends.
 */
final class PostgresSchemaScope implements SchemaScope {
    private final String schema;

    PostgresSchemaScope(String schema) {
        this.schema = schema;
    }

    @Override
    public Runnable enter(EntityManager entityManager) {
        String prefix = schema + ", ";
        String path = (String) entityManager
                .createNativeQuery("select set_config('search_path', ?1 || current_setting('search_path'), true)")
                .setParameter(1, prefix)
                .getSingleResult();
        String hostPath = path.substring(prefix.length());
        return () -> entityManager.createNativeQuery("select set_config('search_path', ?1, true)")
                .setParameter(1, hostPath)
                .getSingleResult();
    }
}
