package org.learningstore.sqlite;

import java.nio.file.Path;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.sqlite.internal.SqliteBackends;

/**
 * Opens a store on a local SQLite file: created with its directories if missing and migrated
 * before use. Full-text search uses FTS5. Close the store on shutdown.
 *
 * <p>The store's tables share the file with any of the host's own: its history table is
 * {@code learning_store_schema_history} and its scripts are not under {@code db/migration}. The
 * same file can be served by {@code tursodb} and opened with {@link TursoStores}, and back.
 */
public final class SqliteStores {
    private SqliteStores() {
    }

    public static LearningStore open(Path file) {
        return open(file, StoreOptions.defaults());
    }

    public static LearningStore open(Path file, StoreOptions options) {
        return LearningStore.of(SqliteBackends.file(file, options), options);
    }

    /**
     * Creates and migrates the file if needed and returns: for a deploy pipeline, with stores then
     * opened with {@link StoreOptions#withMigrateOnOpen(boolean) migration on open} off.
     */
    public static void migrate(Path file) {
        migrate(file, StoreOptions.defaults());
    }

    public static void migrate(Path file, StoreOptions options) {
        SqliteBackends.migrateFile(file, options);
    }
}
