package org.learningstore.examples.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StoreOptions;

/** The database {@code --db} names, on one of the three backends. */
sealed interface Database permits SqliteFileDatabase, PostgresDatabase, TursoDatabase {

    /** {@code jdbc:postgresql:...}, {@code http(s)://} or {@code libsql://} (Turso), else a SQLite file. */
    static Database parse(String db) {
        if (db.startsWith("jdbc:postgresql:")) {
            return new PostgresDatabase(db, System.getenv("LEARNING_PG_USER"), System.getenv("LEARNING_PG_PASSWORD"));
        }
        if (db.startsWith("http://") || db.startsWith("https://") || db.startsWith("libsql://")) {
            return new TursoDatabase(URI.create(db), System.getenv("LEARNING_TURSO_TOKEN"));
        }
        return new SqliteFileDatabase(Path.of(db));
    }

    /** What the database is, without credentials. */
    String description();

    LearningStore open(StoreOptions options);

    /** Creates or upgrades the store's schema. */
    void migrate();

    /** The values of the one row {@code query} returns. */
    List<Object> singleRow(String query);

    /** An online copy of the database to a new file. */
    default void backup(Path target) {
        throw new UsageException("backup copies a SQLite file; " + description() + " has its own procedure: "
                + "see \"Backup and recovery\" in the README");
    }

    /** A store that refuses a schema behind or ahead of the library instead of migrating it. */
    default LearningStore openAsItIs() {
        return open(StoreOptions.defaults().withMigrateOnOpen(false));
    }

    default String schemaVersion() {
        try (LearningStore store = openAsItIs()) {
            return store.health().schemaVersion();
        }
    }
}
