package org.learningstore.sqlite;

import java.nio.file.Path;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.sqlite.internal.SqliteBackends;

/**
 * Opens a store on a local SQLite file: created with its directories if missing and migrated
 * before use. Full-text search uses FTS5. Close the store on shutdown.
 */
public final class SqliteStores {
    private SqliteStores() {
    }

    public static LearningStore open(Path file) {
        return open(file, StoreOptions.defaults());
    }

    public static LearningStore open(Path file, StoreOptions options) {
        InvalidInputException.required("file", file);
        InvalidInputException.required("options", options);
        return LearningStore.of(SqliteBackends.file(file, options), options);
    }
}
