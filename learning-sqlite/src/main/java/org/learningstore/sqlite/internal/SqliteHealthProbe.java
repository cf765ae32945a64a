package org.learningstore.sqlite.internal;

import java.util.List;
import org.learningstore.core.port.HealthProbe;

/** Reads the applied versions from the schema history table the transport's migrator keeps. */
final class SqliteHealthProbe implements HealthProbe {
    private final SqlExecutor executor;
    private final String backend;
    private final String versions;

    SqliteHealthProbe(SqlExecutor executor, String backend, String historyTable) {
        this.executor = executor;
        this.backend = backend;
        this.versions = "SELECT version FROM " + historyTable + " WHERE success = 1 AND version IS NOT NULL";
    }

    @Override
    public String backend() {
        return backend;
    }

    @Override
    public List<String> appliedVersions() {
        return executor.query(Sql.of(versions), row -> row.text("version"));
    }
}
