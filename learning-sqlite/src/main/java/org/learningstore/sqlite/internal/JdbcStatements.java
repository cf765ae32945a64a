package org.learningstore.sqlite.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.learningstore.core.StatementListener;
import org.learningstore.core.StatementListener.Outcome;

/**
 * Runs statements on a JDBC connection: tells the listener (and how long each took), binds, reads rows,
 * translates failures.
 * Each statement handed to the driver is one round trip. Each connection keeps its statements
 * prepared (SQLite compiles a text once, not at every call): a connection is used by one thread
 * at a time (the writer under its lock, a reader while borrowed), so its cache needs no lock.
 */
final class JdbcStatements {
    /** Enough for every text the library sends; the least recently used beyond it is closed. */
    private static final int CACHED_PER_CONNECTION = 256;

    private final StatementListener listener;
    private final Map<Connection, Map<String, Prepared>> prepared = new ConcurrentHashMap<>();

    /** A prepared text, its parameter count and its result columns' labels, asked of the driver once: they never change. */
    private static final class Prepared {
        private final PreparedStatement statement;
        private final int parameters;
        private Labels columns;

        Prepared(PreparedStatement statement) throws SQLException {
            this.statement = statement;
            this.parameters = statement.getParameterMetaData().getParameterCount();
        }

        Labels columns(ResultSet results) throws SQLException {
            if (columns == null) {
                ResultSetMetaData meta = results.getMetaData();
                List<String> labels = new ArrayList<>();
                for (int i = 0; i < meta.getColumnCount(); i++) {
                    labels.add(meta.getColumnLabel(i + 1));
                }
                columns = new Labels(labels);
            }
            return columns;
        }
    }

    JdbcStatements(StatementListener listener) {
        this.listener = listener;
    }

    List<Row> select(Connection connection, Sql sql) {
        return timed(connection, sql.text(), () -> {
            Prepared prepared = bound(connection, sql);
            try (ResultSet results = prepared.statement.executeQuery()) {
                return rows(results, prepared.columns(results));
            }
        });
    }

    /** Runs a change and returns how many rows it changed. */
    int change(Connection connection, Sql sql) {
        return timed(connection, sql.text(), () -> bound(connection, sql).statement.executeUpdate());
    }

    /** Runs an argument-less command such as {@code BEGIN IMMEDIATE}. */
    void command(Connection connection, String sql) {
        timed(connection, sql, () -> prepared(connection, sql).statement.execute());
    }

    private interface Execution<T> {
        T run() throws SQLException;
    }

    /**
     * Tells the listener of the statement, runs it, then tells how long it took and how it ended; a
     * statement that failed is closed and prepared again next time, whatever state the driver left it in.
     */
    private <T> T timed(Connection connection, String sql, Execution<T> execution) {
        listener.onStatement(sql);
        listener.onRoundTrip();
        long start = System.nanoTime();
        try {
            T result = execution.run();
            listener.onStatementCompleted(sql, Duration.ofNanos(System.nanoTime() - start), Outcome.SUCCEEDED);
            return result;
        } catch (SQLException e) {
            listener.onStatementCompleted(sql, Duration.ofNanos(System.nanoTime() - start), Outcome.FAILED);
            forget(connection, sql);
            throw SqliteErrors.fromFile(e);
        }
    }

    /**
     * Sets every parameter, one without an argument to NULL, instead of clearing them first:
     * {@code clearParameters} is SQLite's {@code sqlite3_clear_bindings}, which expires a statement
     * whose plan may depend on a parameter's value (with STAT4, as the driver is built: a
     * {@code column = ?} on an index that is not unique), so its next step compiled the whole text
     * again (half a dashboard's CPU).
     */
    private Prepared bound(Connection connection, Sql sql) throws SQLException {
        Prepared bound = prepared(connection, sql.text());
        List<Object> args = sql.args();
        for (int i = 0; i < Math.max(bound.parameters, args.size()); i++) {
            bound.statement.setObject(i + 1, i < args.size() ? args.get(i) : null);
        }
        return bound;
    }

    private Prepared prepared(Connection connection, String text) throws SQLException {
        Map<String, Prepared> cache = prepared.computeIfAbsent(connection, c -> new LinkedHashMap<>(64, 0.75f, true));
        Prepared statement = cache.get(text);
        if (statement == null) {
            statement = new Prepared(connection.prepareStatement(text));
            cache.put(text, statement);
            if (cache.size() > CACHED_PER_CONNECTION) {
                var eldest = cache.entrySet().iterator();
                closeQuietly(eldest.next().getValue());
                eldest.remove();
            }
        }
        return statement;
    }

    private void forget(Connection connection, String text) {
        Map<String, Prepared> cache = prepared.get(connection);
        if (cache != null) {
            closeQuietly(cache.remove(text));
        }
    }

    private static void closeQuietly(Prepared prepared) {
        if (prepared == null) {
            return;
        }
        try {
            prepared.statement.close();
        } catch (SQLException ignored) {
            // the statement is dropped either way
        }
    }

    private static List<Row> rows(ResultSet results, Labels columns) throws SQLException {
        int width = columns.width();
        List<Row> rows = new ArrayList<>();
        while (results.next()) {
            List<Object> cells = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                cells.add(results.getObject(i + 1));
            }
            rows.add(new Row(columns, cells));
        }
        return rows;
    }
}
