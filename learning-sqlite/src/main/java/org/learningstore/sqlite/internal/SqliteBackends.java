package org.learningstore.sqlite.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.learningstore.core.ConnectionSettings;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.sqlite.internal.turso.TursoClient;
import org.sqlite.SQLiteConfig;

/** Opens the backend of a SQLite file or of a Turso database, migrated and ready; for the public factories. */
public final class SqliteBackends {
    /**
     * The writer's page cache, in KiB (SQLite's default is 2 MiB): a bulk import inserts into
     * indexes keyed by catalog ids and times (answers by question, events by type and time, XP
     * by course), whose pages are touched all over; at the bench's SF 1 they outgrow 2 MiB and
     * the import's CPU was 15 % higher. Pages are held only once used, by the writer alone.
     */
    private static final int WRITER_CACHE_KIB = 64 * 1024;

    private SqliteBackends() {
    }

    /** Creates the file and its directories if missing, migrates it (unless told not to), then opens it. */
    public static StoreBackend file(Path file, StoreOptions options) {
        Path path = fileMigrated(file, options, options.migrateOnOpen());
        String url = "jdbc:sqlite:" + path;
        ConnectionSettings settings = options.connections();
        List<Connection> opened = new ArrayList<>();
        try {
            SQLiteConfig writerConfig = config(false, settings);
            writerConfig.setCacheSize(-WRITER_CACHE_KIB);
            Connection writer = writerConfig.createConnection(url);
            opened.add(writer);
            WalCheckpointer.keepSafetyNet(writer);
            Connection checkpoints = config(false, settings).createConnection(url);
            opened.add(checkpoints);
            List<Connection> readers = new ArrayList<>();
            for (int i = 0; i < settings.readConnections(); i++) {
                readers.add(config(true, settings).createConnection(url));
                opened.add(readers.get(i));
            }
            return SqliteStoreBackend.over(new FileExecutor(writer, readers, WalCheckpointer.inBackground(checkpoints),
                    settings.connectionWait(),
                    options.statementListener()), "sqlite", SchemaMigrator.HISTORY_TABLE, settings.writeAttempts());
        } catch (SQLException e) {
            opened.forEach(SqliteBackends::closeQuietly);
            throw SqliteErrors.fromFile(e);
        }
    }

    /** Migrates the file, creating it if missing, for a deploy pipeline. */
    public static void migrateFile(Path file, StoreOptions options) {
        fileMigrated(file, options, true);
    }

    /** Takes the file's FTS5 search index out, so that {@code tursodb} can serve the file. */
    public static void prepareFileForTurso(Path file, StoreOptions options) {
        Path path = fileMigrated(file, options, true);
        try (Connection connection = config(false, options.connections()).createConnection("jdbc:sqlite:" + path)) {
            SchemaMigrator.forFile(new FileMigrationTarget(connection, path.toString()), options.clock()).removeFileOnly();
        } catch (SQLException e) {
            throw FileMigrationTarget.failed(path.toString(), e);
        }
    }

    /** Opens the backend over HTTP, after applying the shared migrations Turso lacks (unless told not to). */
    public static StoreBackend turso(URI url, String authToken, StoreOptions options) {
        TursoClient client = tursoClient(url, authToken, options);
        migrateTurso(client, options, options.migrateOnOpen());
        return SqliteStoreBackend.over(new TursoExecutor(client, options.clock()), "turso", SchemaMigrator.HISTORY_TABLE,
                options.connections().writeAttempts());
    }

    public static void migrateTurso(URI url, String authToken, StoreOptions options) {
        migrateTurso(tursoClient(url, authToken, options), options, true);
    }

    private static Path fileMigrated(Path file, StoreOptions options, boolean migrate) {
        Path path = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot create the directory of " + path + ": " + e.getMessage(), false, e);
        }
        try (Connection connection = config(false, options.connections()).createConnection("jdbc:sqlite:" + path)) {
            run(SchemaMigrator.forFile(new FileMigrationTarget(connection, path.toString()), options.clock()), migrate);
        } catch (SQLException e) {
            throw FileMigrationTarget.failed(path.toString(), e);
        }
        return path;
    }

    private static void migrateTurso(TursoClient client, StoreOptions options, boolean migrate) {
        run(SchemaMigrator.forTurso(new TursoMigrationTarget(client), options.clock()), migrate);
    }

    private static void run(SchemaMigrator migrator, boolean migrate) {
        if (migrate) {
            migrator.migrate();
        } else {
            migrator.requireCurrent();
        }
    }

    private static TursoClient tursoClient(URI url, String authToken, StoreOptions options) {
        StatementListener listener = options.statementListener();
        ConnectionSettings settings = options.connections();
        return new TursoClient(url, authToken, settings.tursoConnectTimeout(), settings.tursoRequestTimeout(), sqls -> {
            sqls.forEach(listener::onStatement);
            listener.onRoundTrip();
        }, (sql, took, failed) -> listener.onStatementCompleted(sql, took,
                failed ? StatementListener.Outcome.FAILED : StatementListener.Outcome.SUCCEEDED));
    }

    /**
     * The settings of every connection to the file, as driver properties: WAL so readers never wait
     * for the writer, a busy timeout so another process's write lock is waited for, foreign keys
     * enforced, and NORMAL sync (safe with WAL). Journal mode is persistent, so readers leave it alone.
     */
    private static SQLiteConfig config(boolean readOnly, ConnectionSettings settings) {
        var config = new SQLiteConfig();
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, settings.busyTimeout().toMillis()));
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        return config;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing to open
        }
    }
}
