package org.learningstore.sqlite;

import java.net.URI;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.sqlite.internal.SqliteBackends;

/**
 * Opens a store on a Turso/libSQL database over HTTP ({@code http://}, {@code https://} or
 * {@code libsql://} URLs), migrated before use. Turso has no FTS5, so search scans the courses
 * (see the adapter's documentation of the fallback).
 */
public final class TursoStores {
    private TursoStores() {
    }

    /** @param authToken the database's bearer token, or null when the server needs none */
    public static LearningStore open(URI url, String authToken) {
        return open(url, authToken, StoreOptions.defaults());
    }

    public static LearningStore open(URI url, String authToken, StoreOptions options) {
        InvalidInputException.required("url", url);
        InvalidInputException.required("options", options);
        return LearningStore.of(SqliteBackends.turso(url, authToken, options), options);
    }

    /**
     * Migrates the database and returns: for a deploy pipeline, with stores then opened with
     * {@link StoreOptions#withMigrateOnOpen(boolean) migration on open} off.
     */
    public static void migrate(URI url, String authToken) {
        migrate(url, authToken, StoreOptions.defaults());
    }

    public static void migrate(URI url, String authToken, StoreOptions options) {
        InvalidInputException.required("url", url);
        InvalidInputException.required("options", options);
        SqliteBackends.migrateTurso(url, authToken, options);
    }
}
