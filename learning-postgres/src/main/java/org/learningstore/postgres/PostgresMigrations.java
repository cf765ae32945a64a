package org.learningstore.postgres;

import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.learningstore.core.error.SchemaVersionException;

/**
 * The store's Flyway, set apart from a host's: its scripts under {@value #LOCATION} (never under
 * {@code db/migration}, which a host's Flyway scans), its history in {@value #HISTORY_TABLE}, and
 * every table in the store's own schema, which it creates.
 */
final class PostgresMigrations {
    static final String LOCATION = "classpath:org/learningstore/migration/postgresql";
    static final String HISTORY_TABLE = "learning_store_schema_history";

    private final Flyway flyway;

    PostgresMigrations(DataSource dataSource, String schema) {
        this.flyway = Flyway.configure(PostgresMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .load();
    }

    void migrate() {
        flyway.migrate();
    }

    /** Fails unless every script this library ships is applied and nothing newer is. */
    void requireCurrent() {
        MigrationInfoService info = flyway.info();
        MigrationInfo[] all = info.all();
        String expected = Arrays.stream(all).filter(migration -> migration.getState().isResolved())
                .reduce((first, second) -> second).map(migration -> migration.getVersion().getVersion()).orElse("none");
        MigrationInfo current = info.current();
        String found = current == null ? "none" : current.getVersion().getVersion();
        if (info.pending().length > 0) {
            throw new SchemaVersionException(found, expected, true);
        }
        if (Arrays.stream(all).anyMatch(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS)) {
            throw new SchemaVersionException(found, expected, false);
        }
    }
}
