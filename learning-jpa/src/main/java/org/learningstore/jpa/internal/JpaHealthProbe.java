package org.learningstore.jpa.internal;

import java.util.List;
import org.learningstore.core.port.HealthProbe;
import org.learningstore.jpa.spi.SchemaHistory;

/** Reads the applied versions from the schema history table the database module's migrator keeps. */
public final class JpaHealthProbe implements HealthProbe {
    private final CurrentEntityManager current;
    private final SchemaHistory history;

    public JpaHealthProbe(CurrentEntityManager current, SchemaHistory history) {
        this.current = current;
        this.history = history;
    }

    @Override
    public String backend() {
        return history.backend();
    }

    @Override
    public List<String> appliedVersions() {
        return current.get().createNativeQuery("SELECT version FROM " + history.table()
                        + " WHERE success AND version IS NOT NULL", String.class)
                .getResultList().stream().map(String.class::cast).toList();
    }
}
