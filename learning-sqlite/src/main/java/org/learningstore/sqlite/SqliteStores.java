package org.learningstore.sqlite;

import java.nio.file.Path;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.error.InvalidInputException;
import org.learningstore.sqlite.internal.SqliteBackends;
import org.learningstore.sqlite.internal.SqliteFileCopy;

/**
 * Opens a store on a local SQLite file: created with its directories if missing and migrated
 * before use. Full-text search uses FTS5. Close the store on shutdown.
 *
 * <p>The store's tables share the file with any of the host's own: its history table is
 * {@code learning_store_schema_history} and its scripts are not under {@code db/migration}. The
 * same file can be served by {@code tursodb} and opened with {@link TursoStores} after
 * {@link #prepareForTurso(Path)}, and opened here again afterwards.
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

    /**
     * Creates and migrates the file if needed and returns: for a deploy pipeline, with stores then
     * opened with {@link StoreOptions#withMigrateOnOpen(boolean) migration on open} off.
     */
    public static void migrate(Path file) {
        migrate(file, StoreOptions.defaults());
    }

    public static void migrate(Path file, StoreOptions options) {
        InvalidInputException.required("file", file);
        InvalidInputException.required("options", options);
        SqliteBackends.migrateFile(file, options);
    }

    /**
     * Migrates the file, then takes out its FTS5 search index (a table and triggers that Turso's
     * server cannot run), so that {@code tursodb} can serve it to {@link TursoStores}. Call it with
     * no store open on the file. The next {@link #open} here builds the index again from the courses.
     */
    public static void prepareForTurso(Path file) {
        InvalidInputException.required("file", file);
        SqliteBackends.prepareFileForTurso(file, StoreOptions.defaults());
    }

    /**
     * An online backup: copies the file to {@code target} (a new file; its directories are created)
     * as of one moment, while stores in this and other processes go on reading and writing it.
     * Every call that returned before the backup began is in the copy, which opens with
     * {@link #open} like any store file.
     *
     * @throws org.learningstore.core.error.InvalidInputException field {@code file} when it is not an
     *     existing file, field {@code target} when the target (or a {@code -wal}/{@code -shm} file of that
     *     name) already exists
     * @throws org.learningstore.core.error.StoreUnavailableException when the copy fails (no target is left)
     */
    public static void backup(Path file, Path target) {
        SqliteFileCopy.backup(file, target, StoreOptions.defaults().connections());
    }

    /**
     * Restores a backup to {@code file}, a path no store file uses: checks the backup with SQLite's
     * integrity check, then copies it. Move a damaged file (with its {@code -wal} and {@code -shm}
     * files) aside first, with no store open on it; the next {@link #open} migrates the restored file
     * if the backup is from an older version of the library.
     *
     * @throws org.learningstore.core.error.InvalidInputException field {@code backup} when it is missing or
     *     fails the integrity check, field {@code file} when the file (or its {@code -wal}/{@code -shm}) exists
     */
    public static void restore(Path backup, Path file) {
        SqliteFileCopy.restore(backup, file, StoreOptions.defaults().connections());
    }
}
