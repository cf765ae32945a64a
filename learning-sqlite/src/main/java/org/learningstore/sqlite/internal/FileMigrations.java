package org.learningstore.sqlite.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.learningstore.core.error.StoreUnavailableException;
import org.sqlite.SQLiteException;

/** Flyway over the SQLite file: the shared scripts plus the FTS5 ones only a file can run. */
final class FileMigrations {
    /** Flyway's default history table. */
    static final String HISTORY_TABLE = "flyway_schema_history";

    private FileMigrations() {
    }

    static void migrate(DataSource dataSource, String file) {
        try {
            Flyway.configure(FileMigrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/sqlite", "classpath:db/migration/sqlite-fts5")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreUnavailableException("migrating " + file + " failed" + resultCode(e), false, e);
        }
    }

    /** Flyway's message is a banner of SQL and driver text; the SQLite result code says enough (SQLITE_NOTADB). */
    private static String resultCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return " (" + sqlite.getResultCode().name() + ")";
            }
        }
        return "";
    }
}
