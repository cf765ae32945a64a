package org.learningstore.sqlite.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StoreOptions;
import org.learningstore.core.error.StoreUnavailableException;
import org.learningstore.core.port.StoreBackend;
import org.learningstore.sqlite.internal.turso.TursoClient;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opens the backend of a SQLite file or of a Turso database, migrated and ready; for the public factories. */
public final class SqliteBackends {
    private static final int READ_CONNECTIONS = 4;
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;
    private static final Duration TURSO_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration TURSO_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private SqliteBackends() {
    }

    /** Creates the file and its directories if missing, migrates it with Flyway (alone, first), then opens it. */
    public static StoreBackend file(Path file, StoreOptions options) {
        Path path = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot create the directory of " + path + ": " + e.getMessage(), false, e);
        }
        String url = "jdbc:sqlite:" + path;
        var migrationSource = new SQLiteDataSource(config(false));
        migrationSource.setUrl(url);
        FileMigrations.migrate(migrationSource, path.toString());
        List<Connection> opened = new ArrayList<>();
        try {
            Connection writer = config(false).createConnection(url);
            opened.add(writer);
            List<Connection> readers = new ArrayList<>();
            for (int i = 0; i < READ_CONNECTIONS; i++) {
                readers.add(config(true).createConnection(url));
                opened.add(readers.get(i));
            }
            return SqliteStoreBackend.over(new FileExecutor(writer, readers, options.statementListener()), "sqlite",
                    FileMigrations.HISTORY_TABLE);
        } catch (SQLException e) {
            opened.forEach(SqliteBackends::closeQuietly);
            throw SqliteErrors.fromFile(e);
        }
    }

    /** Applies the shared migrations Turso lacks, then opens the backend over HTTP. */
    public static StoreBackend turso(URI url, String authToken, StoreOptions options) {
        StatementListener listener = options.statementListener();
        var client = new TursoClient(url, authToken, TURSO_CONNECT_TIMEOUT, TURSO_REQUEST_TIMEOUT, sqls -> {
            sqls.forEach(listener::onStatement);
            listener.onRoundTrip();
        });
        new TursoMigrator(client, options.clock(), TursoMigrator.sharedScripts()).migrate();
        return SqliteStoreBackend.over(new TursoExecutor(client), "turso", TursoMigrator.HISTORY_TABLE);
    }

    /**
     * The settings of every connection to the file, as driver properties: WAL so readers never wait
     * for the writer, a busy timeout so another process's write lock is waited for, foreign keys
     * enforced, and NORMAL sync (safe with WAL). Journal mode is persistent, so readers leave it alone.
     */
    private static SQLiteConfig config(boolean readOnly) {
        var config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
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
